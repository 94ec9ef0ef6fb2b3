package org.yuqing.briefing.figures;

import java.util.List;

/**
 * What the public wrote in one week, counted: every list is ordered by count, largest first.
 *
 * @param total     messages and comments published in the week
 * @param negative  of those, the ones classified negative
 * @param misread   of those, the ones that misread a registered policy
 * @param regions   by the region of the source (a province or city), or by place mentioned when the briefing is
 *                  for one region
 */
public record DocumentMix(long total, long negative, long misread, List<Count> sentiments, List<Count> emotions,
                          List<Count> topics, List<Count> regions, List<DailySourceVolume> dailyBySource) {

    public static final DocumentMix EMPTY = new DocumentMix(0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of());

    public DocumentMix {
        sentiments = List.copyOf(sentiments);
        emotions = List.copyOf(emotions);
        topics = List.copyOf(topics);
        regions = List.copyOf(regions);
        dailyBySource = List.copyOf(dailyBySource);
    }

    /** The topic with most documents, or null in an empty week. */
    public Count topTopic() {
        return topics.isEmpty() ? null : topics.get(0);
    }

    /** Share of negative documents, 0 to 1; 0 in an empty week. */
    public double negativeShare() {
        return total == 0 ? 0 : (double) negative / total;
    }
}
