package org.yuqing.jobs.misreading;

/**
 * The verdict on one comment. When {@code flag} is set, {@code clause} quotes the misread clause verbatim so that
 * a drafter can act on the alert without opening anything, and {@code evidence} says what differs.
 */
public record Misreading(boolean flag, MisreadingKind kind, String clause, String clauseId, String policyId,
                         double score, String evidence) {

    public static Misreading none(String policyId) {
        return new Misreading(false, null, null, null, policyId, 0, null);
    }
}
