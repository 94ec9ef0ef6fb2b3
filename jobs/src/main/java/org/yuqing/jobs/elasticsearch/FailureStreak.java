package org.yuqing.jobs.elasticsearch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.yuqing.core.retry.Backoff;

/**
 * Bulk requests that failed in a row, and how long to wait before the next try: a cluster that is down is not
 * hammered while it comes back, and one success brings the wait back to the shortest. Answers arrive on the
 * client's threads, hence the atomic count.
 */
final class FailureStreak {

    private final Backoff backoff;
    private final AtomicInteger failures = new AtomicInteger();

    FailureStreak(Backoff backoff) {
        this.backoff = backoff;
    }

    /** Counts a failure and returns the wait before the documents are tried again. */
    Duration failed() {
        return backoff.delayAfter(failures.incrementAndGet());
    }

    void succeeded() {
        failures.set(0);
    }
}
