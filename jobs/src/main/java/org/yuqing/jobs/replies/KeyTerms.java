package org.yuqing.jobs.replies;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a message is about, as words a reply that answers it would use: the nouns, verbs and adjectives of
 * its subject (the writer's own summary) and the message's most repeated ones. HanLP's TextRank was tried
 * first; on messages of a few sentences it picks adverbs and incidental detail (一直, 围栏).
 */
final class KeyTerms {

    private static final int KEYWORDS = 6;
    /** Words any complaint has: a reply need not repeat them to answer it. */
    private static final Set<String> GENERIC = Set.of("问题", "反映", "希望", "请问", "咨询", "关于", "投诉", "建议",
            "要求", "请求", "相关", "部门", "领导", "情况", "解决", "处理", "政府", "市民", "我们", "现在", "已经", "没有");
    /**
     * Anonymised places (A市A3区) are cut out before segmenting: HanLP glues their last character to the
     * next word (区潇), and the place is not what a reply must repeat anyway.
     */
    private static final Pattern ANONYMISED_PLACE = Pattern.compile("[A-Z]\\d*[市区县]");
    private static final Pattern NUMBER = Pattern.compile("[\\d.]+.*");

    /** The subject's words, and the message's most telling ones (not already in the subject). */
    record Terms(List<String> subject, List<String> body) {

        List<String> all() {
            Set<String> all = new LinkedHashSet<>(subject);
            all.addAll(body);
            return List.copyOf(all);
        }
    }

    Terms of(String subject, String message) {
        List<String> inSubject = subject == null ? List.of() : contentWords(subject);
        Map<String, Long> counts = StandardTokenizer.segment(withoutPlaces(message == null ? "" : message)).stream()
                .filter(KeyTerms::isContentTerm)
                .map(t -> t.word)
                .filter(w -> isContent(w) && !inSubject.contains(w))
                .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        // Most repeated first; among equals the rarer in general Chinese, which is the more particular word.
        List<String> inBody = counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparingInt(e -> CoreDictionary.getTermFrequency(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(KEYWORDS)
                .map(Map.Entry::getKey)
                .toList();
        return new Terms(inSubject, inBody);
    }

    /** The nouns, verbs and adjectives of a sentence, for telling whether a reply takes it up. */
    List<String> contentWords(String sentence) {
        return StandardTokenizer.segment(withoutPlaces(sentence)).stream()
                .filter(KeyTerms::isContentTerm)
                .map(t -> t.word)
                .filter(KeyTerms::isContent)
                .distinct()
                .toList();
    }

    private static String withoutPlaces(String text) {
        return ANONYMISED_PLACE.matcher(text).replaceAll("，");
    }

    private static boolean isContentTerm(Term term) {
        String nature = term.nature == null ? "" : term.nature.toString();
        return nature.startsWith("n") || nature.startsWith("v") || nature.startsWith("a") || nature.startsWith("g");
    }

    static boolean isContent(String word) {
        return word.length() >= 2 && !GENERIC.contains(word) && !CoreStopWordDictionary.contains(word)
                && !NUMBER.matcher(word).matches();
    }
}
