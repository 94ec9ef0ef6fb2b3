package org.yuqing.jobs.text;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Places and organisations, read from the part-of-speech tags that segmentation already gave. */
public final class NamedEntities {

    private NamedEntities() {
    }

    /** Place names (ns, nsf), each once, in order of first mention. */
    public static List<String> places(List<Term> terms) {
        return distinct(terms, "ns");
    }

    /**
     * Organisation names: terms tagged nt (and its subtags), and a place followed by institution words (nis:
     * 湖南/ns 大学/nis, 长沙市/ns 住建局/nis), which HanLP's dictionary tags apart. HanLP's own organisation
     * recognition is slower and, on citizen messages, swallows neighbouring words (居民向长沙市住建局).
     */
    public static List<String> orgs(List<Term> terms) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            String nature = tag(terms.get(i));
            if (!nature.startsWith("ns") && !isInstitution(nature)) {
                continue;
            }
            int end = i;
            while (end + 1 < terms.size() && isInstitution(tag(terms.get(end + 1)))) {
                end++;
            }
            String word = terms.get(i).word;
            if (end > i || (nature.startsWith("nt") && word.length() > 1) || (nature.equals("nis") && word.length() >= 3)) {
                StringBuilder name = new StringBuilder();
                for (int j = i; j <= end; j++) {
                    name.append(terms.get(j).word);
                }
                found.add(name.toString());
                i = end;
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean isInstitution(String nature) {
        return nature.equals("nis") || nature.startsWith("nt");
    }

    private static String tag(Term term) {
        return term.nature == null ? "" : term.nature.toString();
    }

    private static List<String> distinct(List<Term> terms, String tagPrefix) {
        Set<String> found = new LinkedHashSet<>();
        for (Term term : terms) {
            // A single character tagged ns (市, 省) is the tail of a name HanLP did not join, not a place.
            if (term.nature != null && term.nature.startsWith(tagPrefix) && term.word.length() > 1) {
                found.add(term.word);
            }
        }
        return new ArrayList<>(found);
    }
}
