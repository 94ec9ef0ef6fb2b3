package org.yuqing.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepsTest {

    @Test
    void stepsFollowOneTwoFive() {
        assertThat(Steps.after(0)).isEqualTo(1);
        assertThat(Steps.after(1)).isEqualTo(2);
        assertThat(Steps.after(2)).isEqualTo(5);
        assertThat(Steps.after(5)).isEqualTo(10);
        assertThat(Steps.after(7)).isEqualTo(10);
        assertThat(Steps.after(10)).isEqualTo(20);
        assertThat(Steps.after(20)).isEqualTo(50);
        assertThat(Steps.after(999)).isEqualTo(1000);
    }
}
