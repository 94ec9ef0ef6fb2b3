package org.yuqing.jobs.hotissues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The messages about one matter so far, and the words they share (the sum of their length-normalised counts). */
public final class IssueCluster {

    private final String seedId;
    private final List<HotIssueInput> members = new ArrayList<>();
    private final Map<String, Double> termWeights = new HashMap<>();
    private final Map<String, Integer> placeVotes = new HashMap<>();
    private int nearDuplicates;
    /** The norm of the issue's TF-IDF profile, cached by {@link IssueClusterer} with what it was computed at. */
    double norm;
    int normSize = -1;
    int normDocuments;

    IssueCluster(String seedId) {
        this.seedId = seedId;
    }

    void add(HotIssueInput message, Map<String, Double> terms, boolean nearDuplicate) {
        members.add(message);
        double length = terms.values().stream().mapToDouble(Double::doubleValue).sum();
        if (length > 0) {
            terms.forEach((word, count) -> termWeights.merge(word, count / length, Double::sum));
        }
        if (message.place() != null) {
            placeVotes.merge(message.place(), 1, Integer::sum);
        }
        if (nearDuplicate) {
            nearDuplicates++;
        }
    }

    /**
     * One issue made of the parts a window's grouping cut it into: the first part's seed, every part's messages (in
     * publication order), words, places and near-duplicates. A single part is returned as it is.
     */
    static IssueCluster joined(List<IssueCluster> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        IssueCluster whole = new IssueCluster(parts.get(0).seedId);
        for (IssueCluster part : parts) {
            whole.members.addAll(part.members);
            part.termWeights.forEach((word, weight) -> whole.termWeights.merge(word, weight, Double::sum));
            part.placeVotes.forEach((place, votes) -> whole.placeVotes.merge(place, votes, Integer::sum));
            whole.nearDuplicates += part.nearDuplicates;
        }
        whole.members.sort(Comparator.comparingLong(HotIssueInput::publishedAtMillis).thenComparing(HotIssueInput::id));
        return whole;
    }

    /** The id of the message that opened the issue. */
    public String seedId() {
        return seedId;
    }

    public List<HotIssueInput> members() {
        return Collections.unmodifiableList(members);
    }

    public Map<String, Double> termWeights() {
        return Collections.unmodifiableMap(termWeights);
    }

    /** The place most of its messages name; on a tie the most specific (longest) name. */
    public String place() {
        return placeVotes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** How many members joined as near-duplicates of an earlier member rather than by their words. */
    public int nearDuplicates() {
        return nearDuplicates;
    }

    public int size() {
        return members.size();
    }
}
