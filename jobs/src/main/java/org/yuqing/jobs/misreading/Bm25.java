package org.yuqing.jobs.misreading;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over a fixed set of documents, each a bag of terms. Scores are also given relative to what the
 * query would score against a document made of itself, so that a short comment and a long letter compare.
 */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> termCounts;
    private final int[] lengths;
    private final double averageLength;
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    Bm25(List<List<String>> documents) {
        this.termCounts = documents.stream().map(Bm25::counts).toList();
        this.lengths = documents.stream().mapToInt(List::size).toArray();
        this.averageLength = Math.max(1, documents.stream().mapToInt(List::size).average().orElse(1));
        for (Map<String, Integer> counts : termCounts) {
            counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
    }

    int size() {
        return lengths.length;
    }

    double idf(String term) {
        int n = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (lengths.length - n + 0.5) / (n + 0.5));
    }

    /** The score of each document for the distinct terms of the query. */
    double[] scores(List<String> query) {
        double[] scores = new double[lengths.length];
        for (String term : new LinkedHashSet<>(query)) {
            if (!documentFrequency.containsKey(term)) {
                continue;
            }
            double idf = idf(term);
            for (int d = 0; d < lengths.length; d++) {
                Integer tf = termCounts.get(d).get(term);
                if (tf != null) {
                    double norm = K1 * (1 - B + B * lengths[d] / averageLength);
                    scores[d] += idf * tf * (K1 + 1) / (tf + norm);
                }
            }
        }
        return scores;
    }

    /** The most any document could score for the query: every distinct term found once, in a document of average length. */
    double ceiling(List<String> query) {
        double ceiling = 0;
        for (String term : new LinkedHashSet<>(query)) {
            ceiling += idf(term);
        }
        return ceiling;
    }

    private static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        return counts;
    }
}
