/**
 * The alerts the analysis job raises, in event time: misread clauses ({@link org.yuqing.jobs.alerts.MisreadingAlertOperator}),
 * missing interpretations ({@link org.yuqing.jobs.alerts.InterpretationReminders}) and hijacked sites
 * ({@link org.yuqing.jobs.alerts.HijackedSites}), wired by {@link org.yuqing.jobs.alerts.AlertStream} and sent to
 * {@code yuqing.alerts} as {@link org.yuqing.core.alert.Alert}. When each is raised, updated and ended is plain
 * Java in the episode records, tested without Flink; thresholds come from {@link org.yuqing.jobs.alerts.AlertSettings}.
 * See ALERTS.md in this folder.
 */
package org.yuqing.jobs.alerts;
