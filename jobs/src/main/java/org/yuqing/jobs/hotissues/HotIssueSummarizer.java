package org.yuqing.jobs.hotissues;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Turns a group of messages into the issue a reader sees: title, place, span, trend, heat and examples. */
public final class HotIssueSummarizer {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final int TOP_WORDS = 5;
    private static final int REPRESENTATIVES = 3;
    private static final int QUOTE_LENGTH = 80;

    private final HeatWeights weights;
    private final Duration recent;

    /** @param recent the latest part of a window whose rate is compared with the rest: the trend */
    public HotIssueSummarizer(HeatWeights weights, Duration recent) {
        this.weights = weights;
        this.recent = recent;
    }

    public HotIssue summarize(String id, String region, IssueCluster cluster, IssueClusterer clusterer,
            long windowStart, long windowEnd) {
        List<HotIssueInput> members = cluster.members();
        long first = members.stream().mapToLong(HotIssueInput::publishedAtMillis).min().orElse(windowStart);
        long last = members.stream().mapToLong(HotIssueInput::publishedAtMillis).max().orElse(windowEnd);
        long likes = members.stream().mapToLong(HotIssueInput::likes).sum();
        long dislikes = members.stream().mapToLong(HotIssueInput::dislikes).sum();
        long reposts = members.stream().mapToLong(HotIssueInput::reposts).sum();
        long recentStart = windowEnd - recent.toMillis();
        int recentCount = (int) members.stream().filter(m -> m.publishedAtMillis() >= recentStart).count();
        Double negativeShare = negativeShare(members);
        int authors = authors(members);
        double trend = trend(members.size(), recentCount, windowEnd - windowStart);
        double expectedRecent = (members.size() - recentCount) * share(recent.toMillis(), windowEnd - windowStart - recent.toMillis());
        HotIssue.Heat heat = new HotIssue.Heat(
                // People, not messages: one writer posting a dozen times is one voice.
                weights.volume() * Math.log1p(authors),
                weights.growth() * Math.log1p(Math.max(0, recentCount - expectedRecent)),
                weights.reactions() * Math.log1p(likes + dislikes),
                weights.reposts() * Math.log1p(reposts),
                weights.negative() * (negativeShare == null ? 0 : negativeShare));

        List<String> topWords = topWords(cluster, clusterer);
        HotIssueInput typical = mostTypical(cluster, clusterer);
        String title = IssueTitle.of(typical, topWords);
        return new HotIssue(id, region, title, cluster.place(), topWords, time(first), time(last), members.size(),
                authors, recentCount, likes, dislikes, reposts, negativeShare, round(trend), round(heat.total()),
                rounded(heat), representatives(typical, members), members.stream().map(HotIssueInput::id).toList(),
                time(windowStart), time(windowEnd));
    }

    /**
     * The latest part's rate against the earlier part's, minus one. An issue with nothing earlier is compared
     * with one message over the earlier part, so a brand-new issue shows growth without dividing by zero.
     */
    private double trend(int count, int recentCount, long windowMillis) {
        long earlierMillis = windowMillis - recent.toMillis();
        if (earlierMillis <= 0) {
            return 0;
        }
        double recentRate = recentCount / (double) recent.toMillis();
        double earlierRate = Math.max(count - recentCount, 1) / (double) earlierMillis;
        return recentRate / earlierRate - 1;
    }

    private static double share(long part, long rest) {
        return rest <= 0 ? 0 : part / (double) rest;
    }

    private static int authors(List<HotIssueInput> members) {
        long anonymous = members.stream().filter(m -> m.author() == null).count();
        long named = members.stream().map(HotIssueInput::author).filter(Objects::nonNull).distinct().count();
        return (int) (anonymous + named);
    }

    private static Double negativeShare(List<HotIssueInput> members) {
        long classified = members.stream().map(HotIssueInput::negative).filter(Objects::nonNull).count();
        if (classified == 0) {
            return null;
        }
        long negative = members.stream().map(HotIssueInput::negative).filter(Boolean.TRUE::equals).count();
        return negative / (double) classified;
    }

    private static List<String> topWords(IssueCluster cluster, IssueClusterer clusterer) {
        return cluster.termWeights().keySet().stream()
                .sorted(Comparator.comparingDouble((String w) -> -clusterer.weight(cluster, w))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(TOP_WORDS)
                .toList();
    }

    /** The member closest to the issue's words; on a tie the most liked, then the earliest. */
    private static HotIssueInput mostTypical(IssueCluster cluster, IssueClusterer clusterer) {
        return cluster.members().stream()
                .max(Comparator.comparingDouble((HotIssueInput m) -> round(clusterer.similarity(
                                TermVectors.of(null, m.tokens()), cluster)))
                        .thenComparingLong(HotIssueInput::likes)
                        .thenComparing(Comparator.comparingLong(HotIssueInput::publishedAtMillis).reversed()))
                .orElseThrow();
    }

    /** The most typical message first, then the most liked others. */
    private static List<HotIssue.Representative> representatives(HotIssueInput typical, List<HotIssueInput> members) {
        List<HotIssueInput> chosen = new ArrayList<>();
        chosen.add(typical);
        members.stream()
                .filter(m -> m != typical)
                .sorted(Comparator.comparingLong(HotIssueInput::likes).reversed()
                        .thenComparingLong(HotIssueInput::publishedAtMillis))
                .limit(REPRESENTATIVES - 1)
                .forEach(chosen::add);
        return chosen.stream().map(m -> new HotIssue.Representative(m.id(), quote(m), m.likes())).toList();
    }

    private static String quote(HotIssueInput message) {
        String text = message.subject() != null && !message.subject().isBlank() ? message.subject() + "：" : "";
        text += message.text() == null ? "" : message.text().strip();
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "…";
    }

    private static String time(long millis) {
        return Instant.ofEpochMilli(millis).atOffset(CHINA).toString();
    }

    private static HotIssue.Heat rounded(HotIssue.Heat heat) {
        return new HotIssue.Heat(round(heat.volume()), round(heat.growth()), round(heat.reactions()),
                round(heat.reposts()), round(heat.negative()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
