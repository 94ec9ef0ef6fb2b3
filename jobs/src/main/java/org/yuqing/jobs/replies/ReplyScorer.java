package org.yuqing.jobs.replies;

/**
 * Scores a reply: relevance and completeness count most, because a reply that cites every regulation but
 * ignores the question has failed the writer; basis adds what makes an answer checkable.
 */
public final class ReplyScorer {

    static final double RELEVANCE = 0.4;
    static final double COMPLETENESS = 0.4;
    static final double BASIS = 0.2;

    private final KeyTerms keyTerms = new KeyTerms();

    public ReplyQuality score(String subject, String message, String reply) {
        String answer = reply == null ? "" : reply;
        var terms = keyTerms.of(subject, message);
        double relevance = Relevance.of(terms, answer);
        Completeness.Result completeness = Completeness.of(keyTerms, subject, message, answer);
        Basis.Result basis = Basis.of(answer);
        double score = answer.isBlank() ? 0
                : RELEVANCE * relevance + COMPLETENESS * completeness.score() + BASIS * basis.score();
        return new ReplyQuality(round(score), round(relevance), round(completeness.score()), round(basis.score()),
                Relevance.missed(terms, answer), completeness.questions(), completeness.answered(),
                completeness.givesResult(), basis.citations());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
