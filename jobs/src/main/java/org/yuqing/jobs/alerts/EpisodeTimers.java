package org.yuqing.jobs.alerts;

import org.apache.flink.streaming.api.TimerService;

/** The one event-time timer an episode has: when it ends, or when its reminder is due. */
final class EpisodeTimers {

    private EpisodeTimers() {
    }

    /** Moves the key's timer from {@code before} (null when it had none) to {@code after} (null for none). */
    static void move(TimerService timers, Long before, Long after) {
        if (before != null && !before.equals(after)) {
            timers.deleteEventTimeTimer(before);
        }
        if (after != null && !after.equals(before)) {
            timers.registerEventTimeTimer(after);
        }
    }

    /**
     * Whether the timer fires because the input ended (a bounded run moves the watermark to the end of time)
     * rather than because time passed: a quiet period or a due day has not really gone by.
     */
    static boolean inputEnded(TimerService timers) {
        return timers.currentWatermark() == Long.MAX_VALUE;
    }
}
