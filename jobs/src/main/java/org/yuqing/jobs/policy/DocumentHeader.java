package org.yuqing.jobs.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of an official document before what it says: its title, its number and the bodies it is addressed to
 * (国务院办公厅关于…的通知 国办发〔2018〕114号 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：). It names
 * the policy, not one of its provisions: a comment about any clause resembles it. A document issued with another has a
 * covering letter too (《…》已经国务院同意，现印发给你们，请认真贯彻执行。 国务院办公厅 2018年10月27日), which says only
 * that.
 */
final class DocumentHeader {

    private static final String DATE = "[0-9〇零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日";
    /** From the sentence that hands the document over to the issuer's signature and date, and a note after it. */
    private static final Pattern COVERING_LETTER = Pattern.compile("^[^。]*?(?:印发|转发)给你们.*?\\s\\S{2,20}\\s+" + DATE
            + "\\s*(?:[（(][^）)]{2,12}[）)])?");

    /** Addressee lists run to a few dozen characters; a colon further in ends a sentence of the text itself. */
    private static final int LONGEST = 200;

    private DocumentHeader() {
    }

    /** The text after the header, or the whole text when it has none. */
    static String without(String preamble) {
        String text = preamble.substring(end(preamble)).strip();
        Matcher letter = COVERING_LETTER.matcher(text);
        return letter.lookingAt() ? text.substring(letter.end()).strip() : text;
    }

    /**
     * Where the text after the header starts: just after the colon that closes the addressee list, when no sentence
     * ends before it; 0 when the text has no such header.
     */
    private static int end(String preamble) {
        for (int i = 0; i < Math.min(preamble.length(), LONGEST); i++) {
            char c = preamble.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                return 0;
            }
            if (c == '：' || c == ':') {
                return i + 1;
            }
        }
        return 0;
    }
}
