package org.yuqing.jobs.alerts;

/**
 * How fast a misreading spreads: comments in the last window against the window before it.
 *
 * @param direction {@code rising}, {@code steady} or {@code falling}
 */
public record Trend(int lastWindow, int previousWindow, String direction) {

    public static Trend of(int lastWindow, int previousWindow) {
        String direction;
        if (lastWindow > 1.5 * previousWindow + 1) {
            direction = "rising";
        } else if (1.5 * lastWindow + 1 < previousWindow) {
            direction = "falling";
        } else {
            direction = "steady";
        }
        return new Trend(lastWindow, previousWindow, direction);
    }

    public boolean rising() {
        return "rising".equals(direction);
    }
}
