package org.yuqing.briefing.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.briefing.figures.WeekOnWeek;

class PhrasesTest {

    @Test
    void weekOnWeekChangeIsWrittenAsLeadersReadIt() {
        assertThat(Phrases.change(new WeekOnWeek(120, 80))).isEqualTo("较上周增长50.0%");
        assertThat(Phrases.change(new WeekOnWeek(60, 80))).isEqualTo("较上周下降25.0%");
        assertThat(Phrases.change(new WeekOnWeek(80, 80))).isEqualTo("与上周持平");
        assertThat(Phrases.change(new WeekOnWeek(5, 0))).isEqualTo("上周为零");
        assertThat(Phrases.change(new WeekOnWeek(0, 0))).isEqualTo("与上周持平（均为零）");
    }

    @Test
    void unknownLabelsAreShownAsStoredRatherThanHidden() {
        assertThat(Phrases.label("negative")).isEqualTo("负面");
        assertThat(Phrases.label("new_kind")).isEqualTo("new_kind");
    }
}
