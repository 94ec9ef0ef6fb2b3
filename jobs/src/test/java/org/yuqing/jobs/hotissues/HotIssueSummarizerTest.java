package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotIssueSummarizerTest {

    static final long DAY = Duration.ofDays(1).toMillis();
    static final HotIssueSummarizer SUMMARIZER = new HotIssueSummarizer(HeatWeights.DEFAULTS, Duration.ofDays(1));

    @Test
    void anIssueThatDoublesItsDailyRateOnTheLastDayHasATrendOfOne() {
        // One message a day for six days, then two on the seventh.
        HotIssue issue = summarize(List.of(0, 1, 2, 3, 4, 5, 6), 6, "甲");

        assertThat(issue.count()).isEqualTo(8);
        assertThat(issue.recentCount()).isEqualTo(2);
        assertThat(issue.trend()).isEqualTo(1.0);
        assertThat(issue.heatParts().growth()).isGreaterThan(0);
    }

    @Test
    void anIssueThatWentQuietHasANegativeTrendAndNoGrowthHeat() {
        HotIssue issue = summarize(List.of(0, 1, 2), -1, "甲");

        assertThat(issue.trend()).isEqualTo(-1.0);
        assertThat(issue.heatParts().growth()).isZero();
    }

    @Test
    void oneWriterPostingManyTimesWeighsAsOneVoice() {
        HotIssue campaign = summarize(List.of(0, 1, 2, 3, 4, 5), -1, null);
        assertThat(campaign.count()).isEqualTo(6);
        assertThat(campaign.authors()).isEqualTo(1);
        assertThat(campaign.heatParts().volume()).isEqualTo(Math.round(Math.log1p(1) * 1000) / 1000.0);
    }

    /**
     * Messages on the given days of a 7-day window and one more on {@code extraDay} (none when negative), by
     * distinct writers (甲0, 甲1…) or, when {@code writerPrefix} is null, all by one.
     */
    private static HotIssue summarize(List<Integer> days, int extraDay, String writerPrefix) {
        IssueClusterer clusterer = new IssueClusterer(ClusteringSettings.DEFAULTS);
        IssueCluster cluster = null;
        int n = 0;
        List<Integer> all = new java.util.ArrayList<>(days);
        if (extraDay >= 0) {
            all.add(extraDay);
        }
        for (int day : all) {
            String author = writerPrefix == null ? "one-writer" : writerPrefix + n;
            HotIssueInput message = new HotIssueInput("m" + n++, "小区门口路灯坏了", "丽发新城小区门口的路灯坏了一个月",
                    "小区 门口 路灯 坏 了 丽发 新城 小区 门口 的 路灯 坏 了 一个月", author, "A市", "A市A2区",
                    day * DAY + DAY / 2, 1, 0, 0, null);
            cluster = clusterer.add(message);
        }
        assertThat(clusterer.clusters()).hasSize(1);
        return SUMMARIZER.summarize("id", "A市", cluster, clusterer, 0, 7 * DAY);
    }
}
