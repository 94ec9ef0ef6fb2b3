package org.yuqing.jobs.hotissues;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words that say what a message is about, with their frequency. The subject counts twice: it is the
 * writer's own summary. Place names are left out because the place is compared on its own, and a shared
 * district must not make two matters look alike.
 */
final class TermVectors {

    private static final Pattern NOT_CONTENT = Pattern.compile(
            "[\\p{Punct}\\p{IsPunctuation}\\d０-９.%％]+|[A-Za-z]\\d*|[A-Z]\\d*[市区县]|.*(?:\\d{4}年|\\d+月|\\d+日)");

    private TermVectors() {
    }

    static Map<String, Double> of(String subjectTokens, String bodyTokens) {
        Map<String, Double> counts = new HashMap<>();
        add(counts, subjectTokens, 2.0);
        add(counts, bodyTokens, 1.0);
        return counts;
    }

    private static void add(Map<String, Double> counts, String tokens, double weight) {
        if (tokens == null || tokens.isBlank()) {
            return;
        }
        for (String word : tokens.split(" ")) {
            if (isContent(word)) {
                counts.merge(word, weight, Double::sum);
            }
        }
    }

    static boolean isContent(String word) {
        return word.codePointCount(0, word.length()) >= 2
                && !CoreStopWordDictionary.contains(word)
                && !NOT_CONTENT.matcher(word).matches();
    }
}
