package org.yuqing.jobs.text;

import com.hankcs.hanlp.HanLP;
import org.jsoup.parser.Parser;

/**
 * Brings text from any source to one form before anything reads it, so that the same words look the same to
 * the tokenizer and the classifiers: HTML entities decoded, invisible characters dropped, full-width ASCII
 * letters and digits made half-width, traditional characters made simplified, whitespace collapsed.
 *
 * <p>Chinese punctuation, emoji and Weibo emoticons such as {@code [怒]} are kept: they carry sentiment.
 */
public final class TextNormalizer {

    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decoded = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
        String visible = halfWidthAndVisible(decoded);
        return collapseWhitespace(HanLP.convertToSimplifiedChinese(visible));
    }

    /** One pass over the characters: drop the invisible ones, fold full-width ASCII letters and digits. */
    private static String halfWidthAndVisible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // Zero-width characters are used to split words past keyword filters; control characters come from
    // broken encodings. Tab, newline and carriage return are whitespace, handled below.
    private static boolean isInvisible(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2064)
                || c == 0xFEFF || c == 0x00AD;
    }

    /** Runs of spaces become one space, runs of line breaks one line break; the ends are trimmed. */
    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                pendingBreak = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                if (out.length() > 0 && pendingBreak) {
                    out.append('\n');
                } else if (out.length() > 0 && pendingSpace) {
                    out.append(' ');
                }
                pendingBreak = false;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
