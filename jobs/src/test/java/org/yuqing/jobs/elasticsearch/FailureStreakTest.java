package org.yuqing.jobs.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.yuqing.core.retry.Backoff;

class FailureStreakTest {

    @Test
    void failuresInARowWaitLongerAndASuccessStartsOver() {
        FailureStreak streak = new FailureStreak(new Backoff(Duration.ofMillis(100), Duration.ofMillis(300)));

        assertThat(streak.failed()).isEqualTo(Duration.ofMillis(100));
        assertThat(streak.failed()).isEqualTo(Duration.ofMillis(200));
        assertThat(streak.failed()).isEqualTo(Duration.ofMillis(300));
        assertThat(streak.failed()).isEqualTo(Duration.ofMillis(300));
        streak.succeeded();
        assertThat(streak.failed()).isEqualTo(Duration.ofMillis(100));
    }
}
