package org.yuqing.jobs.hotissues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.state.MapState;

/**
 * Groups one region's messages of one window into issues and picks the hottest.
 *
 * <p>An issue keeps its id from window to window ({@link IssueIds}; what each message was last part of is state
 * kept a little longer than a window), so the index entry of an issue is overwritten as the window slides, even
 * after the message that opened the issue has left the window.
 */
final class WindowIssues {

    private final HotIssueSettings settings;

    WindowIssues(HotIssueSettings settings) {
        this.settings = settings;
    }

    /**
     * The window's hottest issues whose documents it changes, hottest first, then the issues it retired. An issue
     * that only lost messages older than the window is left as its document has it ({@link IndexedViews}).
     */
    List<HotIssueChange> of(String region, List<HotIssueInput> messages, long windowStart, long windowEnd,
                      MapState<String, String> issueOfMessage, IndexedViews indexed) throws Exception {
        List<HotIssueInput> ordered = new ArrayList<>(messages);
        // One pass, first come first served: a fixed order gives the same issues on every replay.
        ordered.sort(Comparator.comparingLong(HotIssueInput::publishedAtMillis).thenComparing(HotIssueInput::id));
        IssueClusterer clusterer = new IssueClusterer(settings.clustering());
        ordered.forEach(clusterer::add);

        IssueIds.Assignment ids = IssueIds.assign(region, clusterer.clusters(), issueOfMessage::get);
        HotIssueSummarizer summarizer = new HotIssueSummarizer(settings.heat(), settings.slide());
        List<HotIssue> issues = new ArrayList<>();
        for (Map.Entry<String, IssueCluster> issue : ids.issues().entrySet()) {
            for (HotIssueInput member : issue.getValue().members()) {
                issueOfMessage.put(member.id(), issue.getKey());
            }
            issues.add(summarizer.summarize(issue.getKey(), region, issue.getValue(), clusterer, windowStart,
                    windowEnd));
        }
        List<HotIssue> hottest = issues.stream()
                .sorted(Comparator.comparingDouble(HotIssue::heat).reversed().thenComparing(HotIssue::id))
                .limit(settings.maxIssuesPerWindow())
                .toList();
        Set<String> inWindow = messages.stream().map(HotIssueInput::id).collect(Collectors.toSet());
        List<HotIssueChange> changes = new ArrayList<>();
        for (HotIssue issue : hottest) {
            if (indexed.changes(issue, inWindow)) {
                indexed.written(issue);
                changes.add(issue);
            }
        }
        for (String id : ids.retired()) {
            indexed.deleted(id);
            changes.add(new RetiredIssue(id));
        }
        return changes;
    }
}
