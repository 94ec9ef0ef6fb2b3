package org.yuqing.jobs.hotissues;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.yuqing.core.document.DocumentIds;

/**
 * Groups one region's messages of one window into issues and emits the hottest.
 *
 * <p>An issue keeps its id from window to window: every message remembers the issue it was last part of (in
 * the key's global state, kept a little longer than a window), and a group takes the id most of its messages
 * had. So the index entry of an issue is overwritten as the window slides, even after the message that
 * opened the issue has left the window.
 */
public final class HotIssueWindowFunction extends ProcessWindowFunction<HotIssueInput, HotIssue, String, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final HotIssueSettings settings;

    public HotIssueWindowFunction(HotIssueSettings settings) {
        this.settings = settings;
    }

    @Override
    public void process(String region, Context context, Iterable<HotIssueInput> elements, Collector<HotIssue> out)
            throws Exception {
        List<HotIssueInput> messages = new ArrayList<>();
        elements.forEach(messages::add);
        // One pass, first come first served: a fixed order gives the same issues on every replay.
        messages.sort(Comparator.comparingLong(HotIssueInput::publishedAtMillis).thenComparing(HotIssueInput::id));
        IssueClusterer clusterer = new IssueClusterer(settings.clustering());
        messages.forEach(clusterer::add);

        MapState<String, String> issueOfMessage = context.globalState().getMapState(issueOfMessageState());
        Map<IssueCluster, String> ids = StableIssueIds.assign(region, clusterer.clusters(), issueOfMessage::get);
        HotIssueSummarizer summarizer = new HotIssueSummarizer(settings.heat(), settings.slide());
        List<HotIssue> issues = new ArrayList<>();
        for (Map.Entry<IssueCluster, String> entry : ids.entrySet()) {
            for (HotIssueInput member : entry.getKey().members()) {
                issueOfMessage.put(member.id(), entry.getValue());
            }
            issues.add(summarizer.summarize(entry.getValue(), region, entry.getKey(), clusterer,
                    context.window().getStart(), context.window().getEnd()));
        }
        issues.stream()
                .sorted(Comparator.comparingDouble(HotIssue::heat).reversed().thenComparing(HotIssue::id))
                .limit(settings.maxIssuesPerWindow())
                .forEach(out::collect);
    }

    private MapStateDescriptor<String, String> issueOfMessageState() {
        MapStateDescriptor<String, String> descriptor =
                new MapStateDescriptor<>("issue-of-message", String.class, String.class);
        // Processing time is all TTL offers; a window plus a slide is how long a message can stay relevant.
        Duration keep = settings.window().plus(settings.slide()).multipliedBy(2);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(keep).build());
        return descriptor;
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
