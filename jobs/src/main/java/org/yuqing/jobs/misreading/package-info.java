/**
 * Everything about misreadings: which registered policies a comment talks about, which clause, whether it
 * misreads it and how ({@link org.yuqing.jobs.misreading.MisreadingDetector}); the alert a drafter receives is
 * built from these in {@link org.yuqing.jobs.alerts.AlertBuilder}.
 *
 * <p>Wiring: build one {@link org.yuqing.jobs.misreading.PolicyWatch} per set of registered policies (it indexes and
 * encodes every clause, so build it once, e.g. in a Flink operator's {@code open()}, not per record). Per comment,
 * {@code watch(cleanText, day, postedUnder)} gives {@code policy_ids} and the {@code misreading} field (flag, kind,
 * clause, clause id, score, evidence). Pass the comment's day, which resolves 明年 and 下个月, and the page it was
 * posted under, which settles what a short comment (才涨30元) is about.
 *
 * <p>The weights are learnt from a labelled corpus ({@link org.yuqing.jobs.misreading.WatchExamples} reads the rows,
 * the training module fits them) and measured on policies they never saw; see {@code misreading/RESULTS.md} in the
 * test resources.
 */
package org.yuqing.jobs.misreading;
