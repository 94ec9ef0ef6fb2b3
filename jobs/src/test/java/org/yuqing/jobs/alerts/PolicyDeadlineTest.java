package org.yuqing.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.json.Json;

/** When a missing interpretation is reported, on the demo pension notice published on Thursday 5 November 2026. */
class PolicyDeadlineTest {

    private static final AlertSettings.InterpretationDeadline RULES = AlertSettings.InterpretationDeadline.DEFAULTS;
    private static final PolicyPublication POLICY = new PolicyPublication("demo-1001", false,
            "示例市人民政府办公室关于调整城乡居民基本养老保险基础养老金标准的通知", "示政办〔2026〕41号", "示例市人民政府办公室",
            "2026-11-05");
    /** The end of Tuesday 10 November in China: Thursday plus three working days (Fri, Mon, Tue). */
    private static final long END_OF_DUE_DAY = Instant.parse("2026-11-10T16:00:00Z").toEpochMilli();

    @Test
    void aPolicyIsDueForItsInterpretationThreeWorkingDaysAfterPublication() {
        PolicyDeadline deadline = PolicyDeadline.none(POLICY.policyId()).published(POLICY, RULES);

        assertThat(deadline.dueBy()).isEqualTo("2026-11-10");
        assertThat(deadline.remindAt()).contains(END_OF_DUE_DAY);
    }

    @Test
    void holidaysPushTheDueDayBack() {
        var rules = new AlertSettings.InterpretationDeadline(3, Set.of(LocalDate.of(2026, 11, 9)), Set.of());

        assertThat(PolicyDeadline.none(POLICY.policyId()).published(POLICY, rules).dueBy())
                .isEqualTo("2026-11-11");
    }

    @Test
    void theDeadlineIsKeptAsJsonAndReadBackTheSame() throws Exception {
        PolicyDeadline deadline = PolicyDeadline.none(POLICY.policyId()).published(POLICY, RULES).reminded();

        assertThat(Json.read(Json.write(deadline), PolicyDeadline.class)).isEqualTo(deadline);
    }

    @Test
    void aTimelyInterpretationCancelsTheReminder() {
        PolicyDeadline deadline = PolicyDeadline.none(POLICY.policyId()).published(POLICY, RULES);

        assertThat(deadline.interpretationSeen().remindAt()).isEmpty();
    }

    @Test
    void anInterpretationThatOvertookItsPolicyInTheStreamStillCounts() {
        PolicyDeadline deadline = PolicyDeadline.none(POLICY.policyId()).interpretationSeen().published(POLICY, RULES);

        assertThat(deadline.remindAt()).isEmpty();
        assertThat(deadline.dueBy()).isEqualTo("2026-11-10");
    }

    @Test
    void aRecrawlOfThePolicyChangesNothing() {
        PolicyDeadline deadline = PolicyDeadline.none(POLICY.policyId()).published(POLICY, RULES);
        PolicyPublication later = new PolicyPublication(POLICY.policyId(), false, POLICY.title(), POLICY.docNo(),
                POLICY.issuer(), "2026-11-20");

        assertThat(deadline.published(later, RULES)).isEqualTo(deadline);
    }

    @Test
    void theReminderGoesToTheIssuerAndALateInterpretationEndsIt() {
        PolicyDeadline reminded = PolicyDeadline.none(POLICY.policyId()).published(POLICY, RULES).reminded();

        Alert reminder = reminded.alert(END_OF_DUE_DAY, RULES);
        PolicyDeadline answered = reminded.interpretationSeen().reminded();
        Alert end = answered.alert(Instant.parse("2026-11-13T02:00:00Z").toEpochMilli(), RULES);

        assertThat(reminder.type()).isEqualTo(AlertType.INTERPRETATION_MISSING);
        assertThat(reminder.state()).isEqualTo(AlertState.ACTIVE);
        assertThat(reminder.version()).isEqualTo(1);
        assertThat(reminder.responsibleBody()).isEqualTo("示例市人民政府办公室");
        assertThat(reminder.policyId()).isEqualTo("demo-1001");
        assertThat(reminder.docNo()).isEqualTo("示政办〔2026〕41号");
        // Wednesday the 11th, when the reminder goes out, is the first working day without the interpretation
        assertThat(reminder.interpretation()).isEqualTo(new Alert.InterpretationDetails("2026-11-05", "2026-11-10", 1));
        assertThat(reminder.title()).contains("政策解读缺失", "示政办〔2026〕41号");
        assertThat(reminded.remindAt()).as("one reminder per policy").isEmpty();

        assertThat(end.id()).isEqualTo(reminder.id());
        assertThat(end.version()).isEqualTo(2);
        assertThat(end.state()).isEqualTo(AlertState.SUBSIDED);
        assertThat(end.interpretation().workingDaysOverdue()).isEqualTo(3);
    }
}
