package org.yuqing.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesWithEachFailureInARowAndStopsAtTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

        assertThat(IntStream.of(1, 2, 3, 4, 5, 100).mapToObj(backoff::delayAfter).map(Duration::toMillis))
                .containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)).delayAfter(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
