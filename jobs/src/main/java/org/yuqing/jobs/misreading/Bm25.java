package org.yuqing.jobs.misreading;

import java.util.ArrayList;
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

    private final int documents;
    /**
     * For each term, the documents that hold it and how often: a query term touches only those. Scoring every
     * document for every term was a sixth of the policy watch's time on long letters, its largest single cost.
     */
    private final Map<String, Postings> postings = new HashMap<>();
    /** Each document's length term of the BM25 denominator, {@code K1 * (1 - B + B * length / average)}. */
    private final double[] norms;

    Bm25(List<List<String>> documents) {
        this.documents = documents.size();
        double averageLength = Math.max(1, documents.stream().mapToInt(List::size).average().orElse(1));
        this.norms = documents.stream().mapToDouble(d -> K1 * (1 - B + B * d.size() / averageLength)).toArray();
        Map<String, List<int[]>> byTerm = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            for (Map.Entry<String, Integer> count : counts(documents.get(d)).entrySet()) {
                byTerm.computeIfAbsent(count.getKey(), term -> new ArrayList<>()).add(new int[] {d, count.getValue()});
            }
        }
        byTerm.forEach((term, list) -> postings.put(term, new Postings(
                list.stream().mapToInt(posting -> posting[0]).toArray(),
                list.stream().mapToInt(posting -> posting[1]).toArray())));
    }

    int size() {
        return documents;
    }

    double idf(String term) {
        Postings found = postings.get(term);
        return idf(found == null ? 0 : found.documents().length);
    }

    /** @param holding how many documents hold the term */
    private double idf(int holding) {
        return Math.log(1 + (documents - holding + 0.5) / (holding + 0.5));
    }

    /** The score of each document for the distinct terms of the query. */
    double[] scores(List<String> query) {
        double[] scores = new double[documents];
        for (String term : new LinkedHashSet<>(query)) {
            Postings found = postings.get(term);
            if (found == null) {
                continue;
            }
            double idf = idf(found.documents().length);
            for (int i = 0; i < found.documents().length; i++) {
                int d = found.documents()[i];
                int tf = found.counts()[i];
                scores[d] += idf * tf * (K1 + 1) / (tf + norms[d]);
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

    /** The documents a term occurs in, in order, and how often it occurs in each. */
    private record Postings(int[] documents, int[] counts) {
    }
}
