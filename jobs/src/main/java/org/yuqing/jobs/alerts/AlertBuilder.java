package org.yuqing.jobs.alerts;

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
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.jobs.misreading.Misreading;
import org.yuqing.jobs.misreading.MisreadingKind;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * Writes the alert a drafter receives about one misread clause: the clause quoted, examples, the interpretation
 * passage that answers it, a clarification, severity and deadline. The streaming job builds it from a clause's
 * running tally ({@link #build(ClauseSummary, Instant)}); a batch of detections is grouped by clause first.
 */
public final class AlertBuilder {

    /** How many comments an alert quotes. */
    public static final int EXAMPLES = 3;

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

    /**
     * The alert for one clause from what its comments add up to: the streaming job keeps such a tally instead of
     * every comment. {@code now} is when the alert is raised or updated; the response deadline runs from it.
     */
    public MisreadingAlert build(ClauseSummary summary, Instant now) {
        Policy policy = registry.byId(summary.policyId()).orElseThrow(
                () -> new IllegalArgumentException("detection of an unregistered policy: " + summary.policyId()));
        MisreadingKind kind = summary.kind();
        String passage = passages.answering(policy, summary.clause(), summary.examples()).orElse(null);
        AlertSeverity severity = severity(summary.count(), kind, summary.trend());
        return new MisreadingAlert(policy.id(), policy.title(), policy.docNo(), summary.clauseId(), summary.clause(),
                kind, summary.count(), summary.countsByKind(), summary.trend(), summary.examples(), passage,
                Clarifications.suggest(policy, summary.clause(), kind, passage), policy.responsibleBody(), policy.issuer(), severity,
                now.plus(severity.responseTime()));
    }

    /** Whether the policy is registered, so that an alert about it can be built. */
    public boolean knows(String policyId) {
        return registry.byId(policyId).isPresent();
    }

    private MisreadingAlert alert(List<Detection> group, Instant now) {
        Misreading first = group.get(0).misreading();
        Map<String, Integer> countsByKind = new LinkedHashMap<>();
        group.forEach(d -> countsByKind.merge(d.misreading().kind().label(), 1, Integer::sum));
        return build(new ClauseSummary(first.policyId(), first.clauseId(), first.clause(), countsByKind,
                trend(group, now), examples(group)), now);
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
    public static AlertSeverity severity(int count, MisreadingKind kind, Trend trend) {
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
