package org.yuqing.jobs.interpretation;

import java.time.LocalDate;

/**
 * A policy still without an interpretation after the time allowed: a reminder to the body that must write one
 * (谁起草、谁解读).
 *
 * @param dueBy       the last day an interpretation was due
 * @param workingDaysOverdue working days since {@code dueBy}, 0 on the day after it
 */
public record InterpretationReminder(String policyId, String title, String docNo, String responsibleBody,
                                     LocalDate publishedAt, LocalDate dueBy, int workingDaysOverdue) {
}
