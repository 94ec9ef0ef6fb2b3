package org.yuqing.jobs.misreading;

/** One line of the evaluation set (see src/test/resources/misreading/README.md). */
record LabelledComment(String id, String text, String policyId, boolean misreading, String kind, String clause,
                       String source) {
}
