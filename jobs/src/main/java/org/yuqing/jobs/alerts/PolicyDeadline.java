package org.yuqing.jobs.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;
import org.yuqing.jobs.eventtime.EventTime;
import org.yuqing.jobs.interpretation.InterpretationCoverage;
import org.yuqing.jobs.interpretation.InterpretationReminder;
import org.yuqing.jobs.interpretation.WorkingDays;
import org.yuqing.jobs.policy.Policy;

/**
 * Whether a policy's interpretation came in time: the policy (once it is seen), the day the interpretation is due,
 * whether one arrived, and what was sent. An interpretation may arrive before its policy in the stream; it is
 * remembered, so that the policy then starts no reminder. Plain Java; {@link InterpretationReminders} keeps one per
 * policy in keyed state.
 *
 * @param policy      what the reminder names, null until the policy itself is seen
 * @param dueBy       the last day for the interpretation (ISO date), null until the policy is seen
 * @param version     versions of the reminder sent so far, 0 when none was
 */
public record PolicyDeadline(String policyId, PolicyPublication policy, String dueBy, boolean interpreted,
                             long version) {

    /** A reminder leaves the body a working day to answer before the router counts it overdue. */
    private static final int WORKING_DAYS_TO_ANSWER = 1;

    static PolicyDeadline none(String policyId) {
        return new PolicyDeadline(policyId, null, null, false, 0);
    }

    /** The policy seen (again): a re-crawl changes nothing. */
    PolicyDeadline published(PolicyPublication publication, AlertSettings.InterpretationDeadline rules) {
        if (policy != null) {
            return this;
        }
        LocalDate due = rules.calendar().plus(publication.publicationDay(), rules.workingDays());
        return new PolicyDeadline(policyId, publication, due.toString(), interpreted, version);
    }

    PolicyDeadline interpretationSeen() {
        return new PolicyDeadline(policyId, policy, dueBy, true, version);
    }

    /** When to remind, in event time: as the due day ends in China; empty once interpreted or reminded. */
    Optional<Long> remindAt() {
        if (policy == null || interpreted || version > 0) {
            return Optional.empty();
        }
        return Optional.of(dueDay().plusDays(1).atStartOfDay().toInstant(EventTime.CHINA).toEpochMilli());
    }

    private LocalDate dueDay() {
        return LocalDate.parse(dueBy);
    }

    PolicyDeadline reminded() {
        return new PolicyDeadline(policyId, policy, dueBy, interpreted, version + 1);
    }

    /** The reminder, or the version that ends it once the late interpretation is seen. */
    Alert alert(long at, AlertSettings.InterpretationDeadline rules) {
        WorkingDays calendar = rules.calendar();
        LocalDate dueBy = dueDay();
        LocalDate today = Instant.ofEpochMilli(at).atZone(EventTime.CHINA).toLocalDate();
        Policy subject = new Policy(policyId, policy.title() == null ? "" : policy.title(), List.of(), policy.docNo(),
                policy.issuer(), null, policy.publicationDay(), null, List.of(), null);
        InterpretationReminder reminder = new InterpretationCoverage(calendar, rules.workingDays())
                .remindersOn(today.isAfter(dueBy) ? today : dueBy.plusDays(1), List.of(subject), List.of())
                .get(0);
        AlertState state = interpreted ? AlertState.SUBSIDED : AlertState.ACTIVE;
        String deadline = calendar.plus(reminder.dueBy().plusDays(1), WORKING_DAYS_TO_ANSWER)
                .plusDays(1).atStartOfDay().toInstant(EventTime.CHINA).toString();
        String title = "政策解读缺失：《" + reminder.title() + "》" + (reminder.docNo() == null ? "" : "（" + reminder.docNo() + "）")
                + (interpreted ? "解读已发布（逾期）" : "发布已满" + rules.workingDays() + "个工作日，未见解读");
        String raisedAt = dueBy.plusDays(1).atStartOfDay().toInstant(EventTime.CHINA).toString();
        return new Alert(AlertIds.interpretationMissing(policyId), AlertType.INTERPRETATION_MISSING, version, state,
                AlertSeverity.MEDIUM, title, raisedAt, Instant.ofEpochMilli(at).toString(), deadline, reminder.responsibleBody(),
                policy.issuer(), null, null, policyId, reminder.title(), reminder.docNo(), null,
                new Alert.InterpretationDetails(reminder.publishedAt().toString(), reminder.dueBy().toString(),
                        reminder.workingDaysOverdue()), null);
    }
}
