package org.yuqing.briefing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private final WeeklySchedule schedule = WeeklySchedule.MONDAY_MORNING;

    @Test
    void runsOnMondayAtEightInChinaForTheWeekJustEnded() {
        // Thursday 26 November 2026, 20:00 in China.
        Instant next = schedule.nextRunAfter(Instant.parse("2026-11-26T12:00:00Z"));

        assertThat(next).isEqualTo(Instant.parse("2026-11-30T00:00:00Z")); // Monday 08:00 in China
        assertThat(schedule.weekFor(next).label()).isEqualTo("2026-W48");
    }

    @Test
    void aRunDueThisVeryMomentIsNotRepeatedButPlannedForNextWeek() {
        Instant mondayEight = Instant.parse("2026-11-30T00:00:00Z");

        assertThat(schedule.nextRunAfter(mondayEight)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(schedule.nextRunAfter(mondayEight.minusSeconds(1))).isEqualTo(mondayEight);
    }
}
