package org.yuqing.jobs.misreading;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The short names people form from a policy's terms the way Chinese abbreviates: the first character of each word
 * (集中/采购 → 集采, 医疗/保险 → 医保), or of each half of a four-character word (集中采购 → 集采), keeping a
 * place's last character (综合/保税区 → 综保区, 自由/贸易/试验区 → 自贸区). People write the short name, the policy the
 * full one, and neither words nor pairs of characters meet. No list of aliases: the short names are formed from each
 * text, and a name formed by chance from common words (工作/人员 → 工人) is weighed by BM25 like any other term:
 * frequent across policies, it counts for little.
 */
final class Abbreviations {

    private Abbreviations() {
    }

    /** @param segmented the text's words in order, as {@link ChineseSegmenter} segmented it */
    static Set<String> of(List<String> segmented, String text) {
        Set<String> formed = new LinkedHashSet<>();
        for (int i = 0; i < segmented.size(); i++) {
            String word = segmented.get(i);
            if (!allHan(word)) {
                continue;
            }
            if (word.length() == 4) {
                formed.add("" + word.charAt(0) + word.charAt(2));
            }
            String next = i + 1 < segmented.size() ? segmented.get(i + 1) : "";
            if (word.length() != 2 || !allHan(next) || next.length() < 2 || next.length() > 3) {
                continue;
            }
            String initials = "" + word.charAt(0) + next.charAt(0);
            formed.add(initials);
            if (next.length() == 3) {
                formed.add(initials + next.charAt(2));
            }
            String third = i + 2 < segmented.size() ? segmented.get(i + 2) : "";
            if (next.length() == 2 && allHan(third) && (third.length() == 1 || third.length() == 3)) {
                formed.add(initials + third.charAt(third.length() - 1));
            }
        }
        // a short name the text writes out itself is one of its words already
        formed.removeIf(text::contains);
        return formed;
    }

    private static boolean allHan(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(TextTerms::isHan);
    }
}
