package org.yuqing.core.document;

/**
 * Whether a comment misreads a registered policy, as stored with the document. When {@code flag} is set,
 * {@code clause} quotes the misread clause verbatim.
 *
 * @param kind contradiction, overgeneralization, rumor or confusion
 */
public record MisreadingFinding(boolean flag, String kind, String clause, String clauseId, String policyId, Double score,
                                String evidence) {

    public static final MisreadingFinding NONE = new MisreadingFinding(false, null, null, null, null, null, null);
}
