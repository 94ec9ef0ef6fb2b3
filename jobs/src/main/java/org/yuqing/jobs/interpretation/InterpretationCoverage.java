package org.yuqing.jobs.interpretation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yuqing.jobs.policy.Policy;

/**
 * Finds policies that were published without an interpretation within the time allowed. Rules for publishing
 * policies usually ask that the interpretation go out with the policy or within a few working days; a policy
 * that nobody explains is the one people misread.
 */
public final class InterpretationCoverage {

    private final WorkingDays calendar;
    private final int workingDaysAllowed;

    public InterpretationCoverage(WorkingDays calendar, int workingDaysAllowed) {
        if (workingDaysAllowed < 0) {
            throw new IllegalArgumentException("working days allowed must not be negative: " + workingDaysAllowed);
        }
        this.calendar = calendar;
        this.workingDaysAllowed = workingDaysAllowed;
    }

    /**
     * Reminders for every policy whose interpretation is overdue on {@code today}, most overdue first. An
     * interpretation published after the due day still ends the reminder: it is late, not missing.
     */
    public List<InterpretationReminder> remindersOn(LocalDate today, List<Policy> policies,
                                                    List<Interpretation> interpretations) {
        List<InterpretationReminder> reminders = new ArrayList<>();
        for (Policy policy : policies) {
            LocalDate dueBy = calendar.plus(policy.publishedAt(), workingDaysAllowed);
            boolean interpreted = interpretations.stream()
                    .anyMatch(i -> i.policyId().equals(policy.id()) && !i.publishedAt().isAfter(today));
            if (!interpreted && today.isAfter(dueBy)) {
                reminders.add(new InterpretationReminder(policy.id(), policy.title(), policy.docNo(),
                        policy.responsibleBody(), policy.publishedAt(), dueBy, workingDaysBetween(dueBy, today)));
            }
        }
        reminders.sort(Comparator.comparingInt(InterpretationReminder::workingDaysOverdue).reversed());
        return reminders;
    }

    private int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }
}
