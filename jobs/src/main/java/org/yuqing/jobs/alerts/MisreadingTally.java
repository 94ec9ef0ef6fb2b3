package org.yuqing.jobs.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the comments misreading one clause add up to, kept instead of the comments: counts by kind and by time
 * slot, reach, the share of negative ones, the best few examples. Slots are a 24th of the trend window and only
 * the last two windows' slots are kept, so a tally stays about a kilobyte however many comments it counts.
 * Comments arriving out of order fall into the slot of their own time.
 *
 * @param newestAt       the event time of the newest comment counted: the tally's "now"
 * @param countsBySlot   comments per slot, by the slot's start in epoch milliseconds
 */
public record MisreadingTally(String policyId, String clauseId, String clause, long newestAt,
                              Map<String, Integer> countsByKind, Map<Long, Integer> countsBySlot, long likes,
                              long reposts, long replies, int negative, List<Example> examples,
                              Map<String, Integer> topics, Map<String, Integer> regions) {

    static final int SLOTS_PER_WINDOW = 24;
    private static final int MAX_REGIONS = 16;

    /** A comment worth quoting: the surest and most liked first, each wording once. */
    public record Example(String id, String text, double score, long likes) {
    }

    public MisreadingTally {
        countsByKind = Map.copyOf(countsByKind);
        countsBySlot = Map.copyOf(countsBySlot);
        examples = List.copyOf(examples);
        topics = Map.copyOf(topics);
        regions = Map.copyOf(regions);
    }

    static MisreadingTally empty(FlaggedComment first) {
        return new MisreadingTally(first.policyId(), first.clauseId(), first.clause(), Long.MIN_VALUE, Map.of(),
                Map.of(), 0, 0, 0, 0, List.of(), Map.of(), Map.of());
    }

    /** The tally with one more comment. */
    MisreadingTally plus(FlaggedComment comment, Duration window) {
        long newest = Math.max(newestAt, comment.writtenAt());
        long slot = slotLength(window);
        Map<Long, Integer> slots = new HashMap<>(countsBySlot);
        slots.merge(Math.floorDiv(comment.writtenAt(), slot) * slot, 1, Integer::sum);
        long oldestKept = Math.floorDiv(newest, slot) * slot - (2L * SLOTS_PER_WINDOW - 1) * slot;
        slots.keySet().removeIf(start -> start < oldestKept);
        Map<String, Integer> kinds = new HashMap<>(countsByKind);
        kinds.merge(comment.kind(), 1, Integer::sum);
        Map<String, Integer> byTopic = new HashMap<>(topics);
        if (comment.topic() != null) {
            byTopic.merge(comment.topic(), 1, Integer::sum);
        }
        Map<String, Integer> byRegion = new HashMap<>(regions);
        if (comment.region() != null && (byRegion.containsKey(comment.region()) || byRegion.size() < MAX_REGIONS)) {
            byRegion.merge(comment.region(), 1, Integer::sum);
        }
        return new MisreadingTally(policyId, clauseId, clause, newest, kinds, slots, likes + comment.likes(),
                reposts + comment.reposts(), replies + (comment.inThread() ? 1 : 0),
                negative + (comment.negative() ? 1 : 0), withExample(comment), byTopic, byRegion);
    }

    public int count() {
        return countsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Comments of the window that ends with the newest one, and of the window before it. */
    public Trend trend(Duration window) {
        long slot = slotLength(window);
        long newestSlot = Math.floorDiv(newestAt, slot) * slot;
        long lastStart = newestSlot - (SLOTS_PER_WINDOW - 1) * slot;
        long previousStart = lastStart - SLOTS_PER_WINDOW * slot;
        int last = 0;
        int previous = 0;
        for (Map.Entry<Long, Integer> entry : countsBySlot.entrySet()) {
            if (entry.getKey() >= lastStart) {
                last += entry.getValue();
            } else if (entry.getKey() >= previousStart) {
                previous += entry.getValue();
            }
        }
        return Trend.of(last, previous);
    }

    public ClauseSummary summary(Duration window) {
        return new ClauseSummary(policyId, clauseId, clause, countsByKind, trend(window),
                examples.stream().map(Example::text).toList());
    }

    public double negativeShare() {
        int count = count();
        return count == 0 ? 0 : (double) negative / count;
    }

    /** The topic most of the comments are about, or null when none was classified. */
    public String topic() {
        return mostCommon(topics);
    }

    public String region() {
        return mostCommon(regions);
    }

    private List<Example> withExample(FlaggedComment comment) {
        List<Example> candidates = new ArrayList<>(examples);
        candidates.add(new Example(comment.id(), comment.text().strip(), comment.score(), comment.likes()));
        candidates.sort(Comparator.comparingDouble(Example::score).reversed()
                .thenComparing(Comparator.comparingLong(Example::likes).reversed())
                .thenComparing(Example::id));
        Set<String> texts = new LinkedHashSet<>();
        List<Example> kept = new ArrayList<>();
        for (Example example : candidates) {
            if (kept.size() < AlertBuilder.EXAMPLES && texts.add(example.text())) {
                kept.add(example);
            }
        }
        return kept;
    }

    private static String mostCommon(Map<String, Integer> counts) {
        return new TreeMap<>(counts).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    private static long slotLength(Duration window) {
        return Math.max(1, window.toMillis() / SLOTS_PER_WINDOW);
    }
}
