package org.yuqing.briefing.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BriefingWeekTest {

    @Test
    void anIsoWeekRunsFromMondayToSundayInChinaTime() {
        BriefingWeek week = BriefingWeek.parse("2026-W47");

        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-15T16:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThat(week.chineseLabel()).isEqualTo("2026年第47周（11月16日—11月22日）");
        assertThat(week.previous().label()).isEqualTo("2026-W46");
    }

    @Test
    void theFirstIsoWeekMayStartInTheYearBefore() {
        BriefingWeek week = BriefingWeek.parse("2026-W01");

        assertThat(week.monday()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(week.previous().label()).isEqualTo("2025-W52");
    }

    @Test
    void onMondayMorningInChinaTheLastCompleteWeekIsTheOneJustEnded() {
        // 08:00 Monday in Shanghai is still Sunday in UTC.
        assertThat(BriefingWeek.lastCompleteBefore(Instant.parse("2026-11-23T00:00:00Z")).label()).isEqualTo("2026-W47");
    }

    @Test
    void malformedOrImpossibleWeeksAreRefusedWithTheFormExpected() {
        assertThatThrownBy(() -> BriefingWeek.parse("2026-47")).hasMessageContaining("expected the form 2026-W47");
        assertThatThrownBy(() -> BriefingWeek.parse("2026-W54")).hasMessageContaining("does not exist in 2026");
    }
}
