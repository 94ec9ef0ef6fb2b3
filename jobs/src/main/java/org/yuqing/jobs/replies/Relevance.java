package org.yuqing.jobs.replies;

import java.util.List;

/**
 * Does the reply talk about what was asked: the share of the subject's words it mentions, and of the
 * message's telling words. The subject weighs more: it is what the writer wants answered.
 */
final class Relevance {

    private static final double SUBJECT = 0.6;

    private Relevance() {
    }

    static double of(KeyTerms.Terms terms, String reply) {
        if (terms.subject().isEmpty() && terms.body().isEmpty()) {
            return reply.isBlank() ? 0 : 1;
        }
        if (terms.subject().isEmpty()) {
            return covered(terms.body(), reply);
        }
        if (terms.body().isEmpty()) {
            return covered(terms.subject(), reply);
        }
        return SUBJECT * covered(terms.subject(), reply) + (1 - SUBJECT) * covered(terms.body(), reply);
    }

    private static double covered(List<String> words, String reply) {
        return words.stream().filter(reply::contains).count() / (double) words.size();
    }

    static List<String> missed(KeyTerms.Terms terms, String reply) {
        return terms.all().stream().filter(t -> !reply.contains(t)).toList();
    }
}
