package org.yuqing.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.retry.Backoff;

class RetryingTest {

    private final List<Duration> waits = new ArrayList<>();
    private final Retrying retrying = new Retrying(5, new Backoff(Duration.ofMillis(100), Duration.ofMillis(500)), waits::add);

    @Test
    void backoffDoublesFromTheFirstDelayUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 40).stream().map(backoff::delayAfter).map(Duration::toSeconds).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void transientFailuresAreRetriedWithGrowingWaitsUntilDelivered() {
        Deque<Attempt> answers = new ArrayDeque<>(List.of(Attempt.transientFailure("HTTP 503"),
                Attempt.transientFailure("HTTP 503"), Attempt.transientFailure("timeout"), Attempt.delivered("HTTP 200")));

        Attempt outcome = retrying.run(answers::pop);

        assertThat(outcome.kind()).isEqualTo(Attempt.Kind.DELIVERED);
        assertThat(outcome.detail()).isEqualTo("HTTP 200 (attempt 4 of 5)");
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        Attempt outcome = retrying.run(() -> Attempt.permanentFailure("HTTP 401"));

        assertThat(outcome.kind()).isEqualTo(Attempt.Kind.PERMANENT_FAILURE);
        assertThat(waits).isEmpty();
    }

    @Test
    void givesUpAfterTheAttemptsAllowed() {
        int[] calls = {0};
        Attempt outcome = retrying.run(() -> {
            calls[0]++;
            return Attempt.transientFailure("connection refused");
        });

        assertThat(calls[0]).isEqualTo(5);
        assertThat(outcome.kind()).isEqualTo(Attempt.Kind.TRANSIENT_FAILURE);
        assertThat(outcome.detail()).isEqualTo("connection refused (attempt 5 of 5)");
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(500));
    }
}
