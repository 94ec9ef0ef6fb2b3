package org.yuqing.jobs.alerts;

import java.util.Optional;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.MisreadingFinding;
import org.yuqing.core.document.RawDocument;
import org.yuqing.jobs.eventtime.EventTime;

/**
 * What the misreading alerts take from a comment the policy watch flagged: the clause it misreads, how, and how
 * far it reaches. The text is the cleaned one, with personal data already masked.
 *
 * @param writtenAt  its event time, epoch milliseconds
 * @param inThread   it answers another text rather than the policy itself: the misreading is being passed on
 * @param negative   the sentiment classifier found it negative
 */
public record FlaggedComment(String id, String policyId, String clauseId, String clause, String kind, double score,
                             String text, long writtenAt, long likes, long reposts, boolean inThread,
                             boolean negative, String topic, String region) {

    /** The comment's misreading, or empty when it misreads nothing or has no time to count it at. */
    public static Optional<FlaggedComment> of(AnalyzedDocument document) {
        MisreadingFinding finding = document.misreading();
        if (!finding.flag() || finding.clauseId() == null || finding.policyId() == null || finding.kind() == null) {
            return Optional.empty();
        }
        RawDocument raw = document.raw();
        return EventTime.of(raw).map(writtenAt -> new FlaggedComment(raw.id(), finding.policyId(),
                finding.clauseId(), finding.clause(), finding.kind(),
                finding.score() == null ? 0 : finding.score(),
                document.cleanText() != null ? document.cleanText() : raw.text(), writtenAt,
                raw.likes() == null ? 0 : raw.likes(), raw.reposts() == null ? 0 : raw.reposts(),
                raw.replyTo() != null && !raw.replyTo().equals(finding.policyId()),
                "negative".equals(document.sentiment()), document.topic(), raw.region()));
    }

    /** Misreadings are aggregated per policy and clause. */
    public String clauseKey() {
        return policyId + "\u0000" + clauseId;
    }

    /** Whether a {@link #clauseKey()} is one of the policy's clauses. */
    public static boolean isClauseOf(String clauseKey, String policyId) {
        return clauseKey.startsWith(policyId + "\u0000");
    }
}
