package org.yuqing.jobs.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.TestPolicies;

class InterpretationCoverageTest {

    private final InterpretationCoverage withinThreeWorkingDays =
            new InterpretationCoverage(WorkingDays.mondayToFriday(), 3);
    private final Policy pension = TestPolicies.get("demo-1001");       // published Thursday 2026-11-05
    private final Policy employment = TestPolicies.get("demo-1002");    // published Tuesday 2026-11-10

    @Test
    void aPolicyWithoutInterpretationAfterTheTimeAllowedGetsAReminderToItsDrafter() {
        List<InterpretationReminder> reminders = withinThreeWorkingDays.remindersOn(
                LocalDate.parse("2026-11-16"), List.of(pension, employment), List.of(
                        new Interpretation("demo-1001", "【图文解读】我市调整城乡居民基础养老金标准",
                                LocalDate.parse("2026-11-06"), "示例市人力资源和社会保障局")));

        assertThat(reminders).hasSize(1);
        InterpretationReminder reminder = reminders.get(0);
        assertThat(reminder.policyId()).isEqualTo("demo-1002");
        assertThat(reminder.responsibleBody()).isEqualTo("示例市人力资源和社会保障局");
        assertThat(reminder.dueBy()).isEqualTo(LocalDate.parse("2026-11-13"));
        assertThat(reminder.workingDaysOverdue()).isEqualTo(1);
    }

    @Test
    void noReminderBeforeTheDueDayNorAfterALateInterpretation() {
        assertThat(withinThreeWorkingDays.remindersOn(LocalDate.parse("2026-11-13"), List.of(employment), List.of()))
                .isEmpty();
        assertThat(withinThreeWorkingDays.remindersOn(LocalDate.parse("2026-11-20"), List.of(employment), List.of(
                new Interpretation("demo-1002", "解读", LocalDate.parse("2026-11-18"), "人社局")))).isEmpty();
    }

    @Test
    void workingDaysSkipHolidaysAndCountWorkedWeekends() {
        // 2019: 10月1日至7日 national holiday, 9月29日（星期日） and 10月12日（星期六） worked
        WorkingDays calendar = new WorkingDays(
                Set.of(LocalDate.parse("2019-10-01"), LocalDate.parse("2019-10-02"), LocalDate.parse("2019-10-03"),
                        LocalDate.parse("2019-10-04"), LocalDate.parse("2019-10-07")),
                Set.of(LocalDate.parse("2019-09-29"), LocalDate.parse("2019-10-12")));

        assertThat(calendar.plus(LocalDate.parse("2019-09-27"), 1)).isEqualTo(LocalDate.parse("2019-09-29"));
        assertThat(calendar.plus(LocalDate.parse("2019-09-29"), 2)).isEqualTo(LocalDate.parse("2019-10-08"));
    }
}
