package org.yuqing.jobs.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text being masked: the original, a folded copy of the same length that the patterns read, and the output in
 * which masked characters become {@code *}. Masks never change the length, so every position found in the folded
 * copy is the same position in the original and in the output.
 *
 * <p>Folding lets one set of ASCII patterns read what citizens type: full-width digits and letters (１３８),
 * full-width and dash-like separators, and the Chinese digits that phone and card numbers are dictated in
 * (一三八一二三四五六七八, 幺 for 1). Chinese digits fold only inside runs of at least seven of them, so that
 * 一二三 in a sentence stays a word.
 */
final class MaskedText {

    static final char MASK = '*';
    private static final Pattern REFERENCE_CUE = Pattern.compile(
            "(?:编号|单号|文号|订单|流水号|案号|批号|工单|序号|票号|发票|快递|运单|合同号|证书号|登记号|备案号|受理号)[^0-9]{0,3}$");
    private static final int CHINESE_DIGIT_RUN = 7;

    final String original;
    final String folded;
    private char[] out;
    private int[] runStarts;
    private int runStartCount;

    MaskedText(String original) {
        this.original = original;
        this.folded = fold(original);
    }

    /** Masks every digit, letter and numeral character in [from, to); separators and unit words stay. */
    void star(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isMaskable(original.charAt(i))) {
                set(i);
            }
        }
    }

    /** Masks every character in [from, to) that is not whitespace: for names. */
    void starAll(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(original.charAt(i))) {
                set(i);
            }
        }
    }

    /** Where, from the start of a run of digits, letters or numerals, an anchored match may start; -1: nowhere. */
    interface Starts {
        int at(String text, int runStart);
    }

    /** What to do with one match. */
    interface OnMatch {
        void accept(Matcher m);
    }

    /**
     * Tries {@code pattern} anchored at each position of the folded text that {@code starts} accepts, and hands every
     * match on; the next try begins where the match ended. A pattern with a large alternation costs a lot when
     * {@code find()} tries it at every position; here it runs only where its first character can be.
     */
    void scan(Pattern pattern, Starts starts, OnMatch action) {
        if (runStarts == null) {
            findRunStarts();
        }
        Matcher m = null;
        int n = folded.length();
        int next = 0;
        for (int k = 0; k < runStartCount; k++) {
            int runStart = runStarts[k];
            if (runStart < next) {
                continue;
            }
            int at = starts.at(folded, runStart);
            if (at < 0) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (m.region(at, n).lookingAt()) {
                action.accept(m);
                next = m.end();
            }
        }
    }

    /** Where runs of digits, Latin letters or Chinese numerals begin, and the + ( 甲 乙 before a digit. */
    private void findRunStarts() {
        runStarts = new int[16];
        int previous = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int kind = runKind(c);
            if (kind == 0 && (c == '+' || c == '(' || c == '甲' || c == '乙' || c == '丙' || c == '丁')
                    && i + 1 < folded.length() && runKind(folded.charAt(i + 1)) == 1) {
                kind = 4;
            }
            if (kind != 0 && kind != previous) {
                if (runStartCount == runStarts.length) {
                    runStarts = java.util.Arrays.copyOf(runStarts, runStartCount * 2);
                }
                runStarts[runStartCount++] = i;
            }
            previous = kind;
        }
    }

    /** 1 digit, 2 Latin letter, 3 Chinese numeral, 0 anything else. */
    private static int runKind(char c) {
        if (c >= '0' && c <= '9') {
            return 1;
        }
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            return 2;
        }
        return c >= '〇' && (chineseDigit(c) >= 0 || c == '十' || c == '百' || c == '两') ? 3 : 0;
    }

    /** A number's start: a digit, {@code +} or {@code (} with no letter or digit right before it. */
    static int startsNumber(String text, int i) {
        char c = text.charAt(i);
        if (!((c >= '0' && c <= '9') || c == '+' || c == '(')) {
            return -1;
        }
        if (i == 0) {
            return i;
        }
        char p = text.charAt(i - 1);
        return (p >= '0' && p <= '9') || (p >= 'A' && p <= 'Z') || (p >= 'a' && p <= 'z') ? -1 : i;
    }

    /** Whether {@code cue} ends within {@code window} characters before {@code start}. */
    boolean cueBefore(Pattern cue, int start, int window) {
        Matcher m = cue.matcher(folded).region(Math.max(0, start - window), start);
        return m.find();
    }

    /** A number right after 编号, 单号, 文号 ... identifies a message, an order or a document, not a person. */
    boolean isReference(int start) {
        return REFERENCE_CUE.matcher(folded).region(Math.max(0, start - 8), start).find();
    }

    boolean isMasked(int i) {
        return out != null && out[i] == MASK && original.charAt(i) != MASK;
    }

    String result() {
        return out == null ? original : new String(out);
    }

    private void set(int i) {
        if (out == null) {
            out = original.toCharArray();
        }
        out[i] = MASK;
    }

    static boolean isMaskable(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                || chineseDigit(c) >= 0 || c == '十' || c == '百' || c == '两';
    }

    /** The value of a Chinese digit as dictated, -1 for any other character. */
    static int chineseDigit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一', '幺' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** The folded copy, or the original itself when it has nothing to fold (most texts). */
    static String fold(String text) {
        char[] chars = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = foldOne(c);
            if (f != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = f;
            }
            boolean digitLike = (f >= '0' && f <= '9') || chineseDigit(c) >= 0;
            run = digitLike ? run + 1 : 0;
            if (run == CHINESE_DIGIT_RUN) {
                chars = foldChineseDigits(text, chars, i - run + 1, i + 1);
            } else if (run > CHINESE_DIGIT_RUN) {
                chars = foldChineseDigits(text, chars, i, i + 1);
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char[] foldChineseDigits(String text, char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            int d = chineseDigit(text.charAt(i));
            if (d >= 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + d);
            }
        }
        return chars;
    }

    private static char foldOne(char c) {
        if (c < 0x2010) {
            return c;
        }
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '－', '—', '–', '‐', '‑', '―' -> '-';
            case '\u3000' -> ' ';
            case '（' -> '(';
            case '）' -> ')';
            case '＋' -> '+';
            case '＠' -> '@';
            case '．' -> '.';
            case '＿' -> '_';
            default -> c;
        };
    }
}
