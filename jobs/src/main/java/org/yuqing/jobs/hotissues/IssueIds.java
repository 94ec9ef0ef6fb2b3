package org.yuqing.jobs.hotissues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yuqing.core.document.DocumentIds;

/**
 * Which id each of a window's issues is indexed under, so that an issue is one document however the windows group
 * its messages.
 *
 * <p>An issue keeps its id from window to window: every message remembers the issue it was last part of, and a
 * group takes the id most of its messages had; a new group's id is derived from its first message, so replays
 * agree. As the window slides, the messages that held an issue together leave it, and the one-pass grouping may cut
 * what is left in two: the window after would index the smaller part under an id of its own, next to the issue it
 * came from, and that document would stay in the index after the parts rejoin. A group most of whose messages were
 * already one issue that another group of the window carries on is therefore part of that issue, not a new one.
 * Only what the messages say can split an issue, never the window sliding past the messages that joined it.
 */
final class IssueIds {

    interface PreviousIssue {
        /** The id of the issue the message was last part of, or null for a message not seen before. */
        String of(String messageId) throws Exception;
    }

    /**
     * A window's issues under their ids.
     *
     * @param retired ids some of the window's messages had, that no issue of the window carries on: their messages
     *     joined other issues, so their documents would repeat those issues
     */
    record Assignment(Map<String, IssueCluster> issues, Set<String> retired) {
    }

    private IssueIds() {
    }

    static Assignment assign(String region, List<IssueCluster> clusters, PreviousIssue previous) throws Exception {
        Map<String, List<IssueCluster>> parts = new LinkedHashMap<>();
        Set<String> before = new TreeSet<>();
        // Larger groups choose first: when an issue splits by what its messages say, the larger part keeps the name.
        List<IssueCluster> bySize = new ArrayList<>(clusters);
        bySize.sort(Comparator.comparingInt(IssueCluster::size).reversed().thenComparing(IssueCluster::seedId));
        for (IssueCluster cluster : bySize) {
            Map<String, Integer> votes = votes(cluster, previous);
            before.addAll(votes.keySet());
            Optional<Map.Entry<String, Integer>> mostly = mostVoted(votes, Set.of());
            String id;
            if (mostly.isPresent() && isPartOf(cluster, mostly.get(), parts)) {
                id = mostly.get().getKey();
            } else {
                id = mostVoted(votes, parts.keySet()).map(Map.Entry::getKey)
                        .orElseGet(() -> DocumentIds.hash("hot-issue\u0000" + region + "\u0000" + cluster.seedId()));
            }
            parts.computeIfAbsent(id, k -> new ArrayList<>()).add(cluster);
        }
        Map<String, IssueCluster> issues = new LinkedHashMap<>();
        parts.forEach((id, joined) -> issues.put(id, IssueCluster.joined(joined)));
        before.removeAll(issues.keySet());
        return new Assignment(issues, before);
    }

    /**
     * Whether a group is a piece of an issue that a larger group of the window already carries on: most of its
     * messages were in that issue, and its place agrees with the issue's, as the clusterer's own rule asks.
     */
    private static boolean isPartOf(IssueCluster cluster, Map.Entry<String, Integer> mostly,
                                    Map<String, List<IssueCluster>> parts) {
        List<IssueCluster> issue = parts.get(mostly.getKey());
        return issue != null && 2 * mostly.getValue() >= cluster.size()
                && IssueClusterer.placesAgree(issue.get(0).place(), cluster.place());
    }

    private static Map<String, Integer> votes(IssueCluster cluster, PreviousIssue previous) throws Exception {
        Map<String, Integer> votes = new HashMap<>();
        for (HotIssueInput member : cluster.members()) {
            String before = previous.of(member.id());
            if (before != null) {
                votes.merge(before, 1, Integer::sum);
            }
        }
        return votes;
    }

    private static Optional<Map.Entry<String, Integer>> mostVoted(Map<String, Integer> votes, Set<String> taken) {
        return votes.entrySet().stream()
                .filter(v -> !taken.contains(v.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
    }
}
