package org.yuqing.briefing.figures;

/** A figure this week beside the same figure the week before. */
public record WeekOnWeek(long current, long previous) {

    /** The relative change in percent; null when the week before had none, where a percentage means nothing. */
    public Double percentChange() {
        if (previous == 0) {
            return null;
        }
        return (current - previous) * 100.0 / previous;
    }

    public long difference() {
        return current - previous;
    }
}
