package org.yuqing.alerts.delivery;

import java.time.Duration;

/** Exponential backoff between attempts at one delivery: {@code first}, then doubling, never above {@code max}. */
public record Backoff(Duration first, Duration max) {

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} (1-based) attempts failed. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1, was " + attempt);
        }
        int doublings = Math.min(attempt - 1, 30);
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
