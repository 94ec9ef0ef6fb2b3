package org.yuqing.jobs.hotissues;

import java.util.List;

/**
 * One matter the public is raising, as of the end of a window: what the {@code yuqing-hot-issues} index holds
 * under {@link #id()}. A window's view overwrites the last when it changes the issue's messages, not when it only
 * lost old ones by sliding past them ({@link IndexedViews}), so a faded issue keeps its view from its latest week.
 *
 * @param title the subject of the message most typical of the issue, or its top words
 * @param firstSeen publication time of its earliest message in the window, ISO-8601 at +08:00
 * @param authors how many different people wrote its messages (a message without an author counts as one)
 * @param trend growth of the message rate in the latest slide over the rest of the window: 0 steady, 1 doubled
 * @param negativeShare share of its classified messages that are negative, null when none is classified
 * @param messageIds every message of the issue in the window, so a reader can go from the issue to them
 */
public record HotIssue(
        String id,
        String region,
        String title,
        String place,
        List<String> topWords,
        String firstSeen,
        String lastSeen,
        int count,
        int authors,
        int recentCount,
        long likes,
        long dislikes,
        long reposts,
        Double negativeShare,
        double trend,
        double heat,
        Heat heatParts,
        List<Representative> representatives,
        List<String> messageIds,
        String windowStart,
        String windowEnd) implements HotIssueChange {

    /** A message that shows what the issue is, with a short quote of it. */
    public record Representative(String id, String quote, long likes) {
    }

    /** What the heat is made of, each part already weighted, so that a dashboard can say why an issue is hot. */
    public record Heat(double volume, double growth, double reactions, double reposts, double negative) {

        double total() {
            return volume + growth + reactions + reposts + negative;
        }
    }
}
