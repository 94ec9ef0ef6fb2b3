package org.yuqing.jobs.hotissues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.yuqing.core.document.DocumentIds;

/**
 * Groups one region's messages of one window into issues and picks the hottest.
 *
 * <p>An issue keeps its id from window to window: every message remembers the issue it was last part of (in
 * state kept a little longer than a window), and a group takes the id most of its messages had. So the index
 * entry of an issue is overwritten as the window slides, even after the message that opened the issue has left
 * the window.
 */
final class WindowIssues {

    private final HotIssueSettings settings;

    WindowIssues(HotIssueSettings settings) {
        this.settings = settings;
    }

    List<HotIssue> of(String region, List<HotIssueInput> messages, long windowStart, long windowEnd,
                      MapState<String, String> issueOfMessage) throws Exception {
        List<HotIssueInput> ordered = new ArrayList<>(messages);
        // One pass, first come first served: a fixed order gives the same issues on every replay.
        ordered.sort(Comparator.comparingLong(HotIssueInput::publishedAtMillis).thenComparing(HotIssueInput::id));
        IssueClusterer clusterer = new IssueClusterer(settings.clustering());
        ordered.forEach(clusterer::add);

        Map<IssueCluster, String> ids = StableIssueIds.assign(region, clusterer.clusters(), issueOfMessage::get);
        HotIssueSummarizer summarizer = new HotIssueSummarizer(settings.heat(), settings.slide());
        List<HotIssue> issues = new ArrayList<>();
        for (Map.Entry<IssueCluster, String> entry : ids.entrySet()) {
            for (HotIssueInput member : entry.getKey().members()) {
                issueOfMessage.put(member.id(), entry.getValue());
            }
            issues.add(summarizer.summarize(entry.getValue(), region, entry.getKey(), clusterer, windowStart,
                    windowEnd));
        }
        return issues.stream()
                .sorted(Comparator.comparingDouble(HotIssue::heat).reversed().thenComparing(HotIssue::id))
                .limit(settings.maxIssuesPerWindow())
                .toList();
    }

    /** Ids for the issues of a window, each new one derived from its first message so replays agree. */
    static final class StableIssueIds {

        interface PreviousIssue {
            String of(String messageId) throws Exception;
        }

        private StableIssueIds() {
        }

        static Map<IssueCluster, String> assign(String region, List<IssueCluster> clusters, PreviousIssue previous)
                throws Exception {
            Map<IssueCluster, String> ids = new HashMap<>();
            Map<String, IssueCluster> claimed = new HashMap<>();
            // Larger issues choose first: when an issue splits, the larger part keeps the name.
            List<IssueCluster> bySize = new ArrayList<>(clusters);
            bySize.sort(Comparator.comparingInt(IssueCluster::size).reversed().thenComparing(IssueCluster::seedId));
            for (IssueCluster cluster : bySize) {
                Map<String, Integer> votes = new HashMap<>();
                for (HotIssueInput member : cluster.members()) {
                    String before = previous.of(member.id());
                    if (before != null) {
                        votes.merge(before, 1, Integer::sum);
                    }
                }
                String id = votes.entrySet().stream()
                        .filter(v -> !claimed.containsKey(v.getKey()))
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey)
                        .orElseGet(() -> DocumentIds.hash("hot-issue\u0000" + region + "\u0000" + cluster.seedId()));
                claimed.put(id, cluster);
                ids.put(cluster, id);
            }
            return ids;
        }
    }
}
