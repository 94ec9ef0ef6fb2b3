package org.yuqing.jobs.hotissues;

import java.io.Serializable;
import java.time.Duration;

/**
 * How hot issues are mined: over the last {@code window} of messages, recomputed every {@code slide}, waiting
 * {@code outOfOrderness} for late messages. The trend compares the latest slide with the rest of the window.
 *
 * @param maxIssuesPerWindow the hottest issues each region reports per window; the long tail of single
 *     messages is what the documents index is for
 */
public record HotIssueSettings(Duration window, Duration slide, Duration outOfOrderness, int maxIssuesPerWindow,
        ClusteringSettings clustering, HeatWeights heat) implements Serializable {

    public static final HotIssueSettings DEFAULTS = new HotIssueSettings(
            Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(6), 100,
            ClusteringSettings.DEFAULTS, HeatWeights.DEFAULTS);

    public HotIssueSettings {
        if (slide.isZero() || slide.isNegative() || slide.compareTo(window) > 0) {
            throw new IllegalArgumentException("the slide must be positive and no longer than the window");
        }
    }
}
