package org.yuqing.jobs.alerts;

/**
 * The counts at which a growing alert is sent again: 1, 2, 5, 10, 20, 50, 100, ... Each update says something new
 * (the matter doubled or more), and a thousand comments cost a dozen updates, not a thousand.
 */
final class Steps {

    private Steps() {
    }

    /** The first step above {@code count}. */
    static int after(int count) {
        long step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if (step * factor > count) {
                    return (int) Math.min(Integer.MAX_VALUE, step * factor);
                }
            }
            step *= 10;
        }
    }
}
