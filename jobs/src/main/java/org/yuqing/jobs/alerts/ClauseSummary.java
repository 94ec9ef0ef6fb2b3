package org.yuqing.jobs.alerts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yuqing.jobs.misreading.MisreadingKind;

/**
 * What the comments that misread one clause add up to, whether counted from all of them at once or kept as a
 * running tally by the streaming job: the clause quoted, comments per kind, the trend and the best examples.
 *
 * @param countsByKind comments per kind label
 * @param examples     at most three comments in their own words, best first
 */
public record ClauseSummary(String policyId, String clauseId, String clause, Map<String, Integer> countsByKind,
                            Trend trend, List<String> examples) {

    public ClauseSummary {
        countsByKind = Map.copyOf(countsByKind);
        examples = List.copyOf(examples);
    }

    public int count() {
        return countsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The most frequent kind; a tie goes to the kind declared first, so the same counts always give the same kind. */
    public MisreadingKind kind() {
        return countsByKind.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -MisreadingKind.fromLabel(e.getKey()).ordinal()))
                .map(e -> MisreadingKind.fromLabel(e.getKey()))
                .orElseThrow(() -> new IllegalStateException("no misreading of " + clauseId + " counted"));
    }
}
