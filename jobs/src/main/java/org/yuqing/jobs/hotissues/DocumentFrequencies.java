package org.yuqing.jobs.hotissues;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** How many of the messages seen so far use each word; grows as messages arrive, so IDF sharpens. */
final class DocumentFrequencies {

    private final Map<String, Integer> counts = new HashMap<>();
    private int documents;

    void add(Set<String> words) {
        documents++;
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
    }

    int documents() {
        return documents;
    }

    int of(String word) {
        return counts.getOrDefault(word, 0);
    }

    /** Smoothed IDF: never zero, so a word in every message still counts a little. */
    double idf(String word) {
        return Math.log((1.0 + documents) / (1.0 + of(word))) + 1.0;
    }
}
