/**
 * Everything about misreadings: which registered policies a comment talks about
 * ({@link org.yuqing.jobs.misreading.PolicyLinker}), which clause, whether it misreads it and how
 * ({@link org.yuqing.jobs.misreading.MisreadingDetector}), and the alert a drafter receives
 * ({@link org.yuqing.jobs.alerts.AlertBuilder}).
 *
 * <p>Wiring: build one {@code PolicyIndex} per set of registered policies (it segments every clause, so build it
 * once, e.g. in a Flink operator's {@code open()}, not per record) and share it between the detector and the alert
 * builder. Per comment: {@code detector.linker().link(cleanText, day)} gives {@code policy_ids};
 * {@code detector.detect(cleanText, day)} gives the {@code misreading} field (flag, kind, clause, clause id, score,
 * evidence). When the comment's page already says which policy it is about (a comment under the policy, a
 * reply), call {@code detect(text, day, policy, score)} instead: most short comments (才涨30元) name nothing.
 * Pass the comment's day: 明年 and 下个月 are read from it, and recency weighs policies by it.
 *
 * <p>Measured on a labelled set in test resources; see {@code misreading/RESULTS.md} there.
 */
package org.yuqing.jobs.misreading;
