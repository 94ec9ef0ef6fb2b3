package org.yuqing.jobs.misreading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * Turns the misreadings found in a period into one alert per misread clause. Plain Java: the streaming job
 * calls it on a window of detections.
 */
public final class AlertBuilder {

    private static final int EXAMPLES = 3;

    private final PolicyRegistry registry;
    private final InterpretationPassages passages;
    private final Duration window;

    /** @param window the length of the two windows compared for the trend (the last one, the one before) */
    public AlertBuilder(PolicyIndex index, Duration window) {
        this.registry = index.registry();
        this.passages = new InterpretationPassages(index);
        this.window = window;
    }

    /** Alerts for the detections, most severe and most frequent first; detections without a flag are ignored. */
    public List<MisreadingAlert> build(List<Detection> detections, Instant now) {
        Map<String, List<Detection>> byClause = detections.stream()
                .filter(d -> d.misreading().flag() && d.misreading().clauseId() != null)
                .collect(Collectors.groupingBy(d -> d.misreading().clauseId(), LinkedHashMap::new, Collectors.toList()));
        List<MisreadingAlert> alerts = new ArrayList<>();
        byClause.forEach((clauseId, group) -> alerts.add(alert(group, now)));
        alerts.sort(Comparator.comparing(MisreadingAlert::severity).reversed()
                .thenComparing(Comparator.comparingInt(MisreadingAlert::count).reversed()));
        return alerts;
    }

    private MisreadingAlert alert(List<Detection> group, Instant now) {
        Misreading first = group.get(0).misreading();
        Policy policy = registry.byId(first.policyId()).orElseThrow(
                () -> new IllegalArgumentException("detection of an unregistered policy: " + first.policyId()));
        Map<String, Integer> countsByKind = new LinkedHashMap<>();
        group.forEach(d -> countsByKind.merge(d.misreading().kind().label(), 1, Integer::sum));
        MisreadingKind kind = MisreadingKind.fromLabel(countsByKind.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        Trend trend = trend(group, now);
        List<String> examples = examples(group);
        String passage = passages.answering(policy, first.clause(), examples).orElse(null);
        AlertSeverity severity = severity(group.size(), kind, trend);
        return new MisreadingAlert(policy.id(), policy.title(), policy.docNo(), first.clauseId(), first.clause(),
                kind, group.size(), countsByKind, trend, examples, passage,
                Clarifications.suggest(policy, first.clause(), kind, passage), policy.responsibleBody(), severity,
                now.plus(severity.responseTime()), "open");
    }

    private Trend trend(List<Detection> group, Instant now) {
        Instant lastStart = now.minus(window);
        Instant previousStart = lastStart.minus(window);
        int last = (int) group.stream().filter(d -> !d.writtenAt().isBefore(lastStart) && !d.writtenAt().isAfter(now))
                .count();
        int previous = (int) group.stream()
                .filter(d -> !d.writtenAt().isBefore(previousStart) && d.writtenAt().isBefore(lastStart)).count();
        return Trend.of(last, previous);
    }

    /** The surest, most liked comments, each wording once (reposts repeat the same text). */
    private static List<String> examples(List<Detection> group) {
        Set<String> texts = new LinkedHashSet<>();
        group.stream()
                .sorted(Comparator.comparingDouble((Detection d) -> d.misreading().score()).reversed()
                        .thenComparing(Comparator.comparingLong(Detection::likes).reversed()))
                .map(d -> d.text().strip())
                .forEach(texts::add);
        return texts.stream().limit(EXAMPLES).toList();
    }

    /** A rumour spreads by itself and a rising count means it is spreading now; both make it more urgent. */
    static AlertSeverity severity(int count, MisreadingKind kind, Trend trend) {
        int weighted = kind == MisreadingKind.RUMOR ? count * 2 : count;
        if (weighted >= 50 && trend.rising()) {
            return AlertSeverity.CRITICAL;
        }
        if (weighted >= 20 || (weighted >= 10 && trend.rising())) {
            return AlertSeverity.HIGH;
        }
        if (weighted >= 5) {
            return AlertSeverity.MEDIUM;
        }
        return AlertSeverity.LOW;
    }
}
