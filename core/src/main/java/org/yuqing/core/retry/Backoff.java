package org.yuqing.core.retry;

import java.time.Duration;

/**
 * Exponential backoff, the one way the project waits after a failure: {@code first}, then doubling with each
 * failure in a row, never above {@code max}. Used between webhook attempts, Elasticsearch bulk retries, the
 * router's store retries and a crawler's requests to a failing host.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("a backoff waits no negative time, was " + first + " and " + max);
        }
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} (1-based) attempts failed. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1, was " + attempt);
        }
        int doublings = Math.min(attempt - 1, 30);
        long millis = first.toMillis() << doublings;
        return millis < 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
