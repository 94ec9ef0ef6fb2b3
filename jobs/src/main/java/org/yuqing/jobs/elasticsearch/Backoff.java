package org.yuqing.jobs.elasticsearch;

/**
 * Exponential backoff for a service that is down or overloaded: doubles from {@code initialMillis} up to
 * {@code maxMillis} while failures follow each other, back to no delay after a success.
 */
final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private int consecutiveFailures;

    Backoff(long initialMillis, long maxMillis) {
        this.initialMillis = initialMillis;
        this.maxMillis = maxMillis;
    }

    synchronized long nextDelayMillis() {
        int exponent = Math.min(consecutiveFailures, 20);
        consecutiveFailures++;
        return Math.min(maxMillis, initialMillis << exponent);
    }

    synchronized void reset() {
        consecutiveFailures = 0;
    }
}
