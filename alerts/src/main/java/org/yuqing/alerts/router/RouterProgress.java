package org.yuqing.alerts.router;

import java.util.EnumMap;
import java.util.Map;

/** Counts of what the router did, for the progress line of {@code ./yuqing router}. Read from another thread. */
public final class RouterProgress {

    private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    private long escalated;
    private long deadlineChecks;
    private long failedDeliveries;

    synchronized void count(Outcome outcome) {
        outcomes.merge(outcome, 1L, Long::sum);
    }

    /** A deadline check ended, having escalated {@code count} alerts. */
    synchronized void deadlinesChecked(int count) {
        escalated += count;
        deadlineChecks++;
    }

    synchronized void failedDeliveries(long count) {
        failedDeliveries += count;
    }

    public synchronized long total(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    public synchronized long escalated() {
        return escalated;
    }

    /** Deadline checks that ran to the end: a test waits for more of them to know that one happened. */
    public synchronized long deadlineChecks() {
        return deadlineChecks;
    }

    @Override
    public synchronized String toString() {
        return String.format("%d new, %d notified again, %d updated, %d duplicates ignored, %d dead-lettered, %d escalated, %d deliveries failed",
                outcomes.getOrDefault(Outcome.NEW, 0L), outcomes.getOrDefault(Outcome.NOTIFIED_AGAIN, 0L),
                outcomes.getOrDefault(Outcome.UPDATED, 0L), outcomes.getOrDefault(Outcome.IGNORED, 0L),
                outcomes.getOrDefault(Outcome.DEAD_LETTERED, 0L), escalated, failedDeliveries);
    }
}
