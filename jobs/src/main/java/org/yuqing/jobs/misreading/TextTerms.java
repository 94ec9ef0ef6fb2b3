package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.List;

/**
 * The terms a text is retrieved by: its content words, and the pairs of Han characters it contains. The pairs let a
 * shortened or colloquial name meet the formal one part of the way without a list of aliases: 药品集采 and
 * 药品集中采购 share 药品, 代理机构 and 专利代理机构 share all their pairs.
 */
final class TextTerms {

    private static final String PAIR = "#";

    private TextTerms() {
    }

    static List<String> of(String simplified, List<String> contentWords) {
        List<String> terms = new ArrayList<>(contentWords);
        for (int i = 0; i + 1 < simplified.length(); i++) {
            char a = simplified.charAt(i);
            char b = simplified.charAt(i + 1);
            if (isHan(a) && isHan(b)) {
                terms.add(PAIR + a + b);
            }
        }
        return terms;
    }

    static boolean isWord(String term) {
        return !term.startsWith(PAIR);
    }

    /** Whether a character is of the Han script: the one test of the package's readers. */
    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
