package org.yuqing.jobs.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;

/**
 * One episode of a clause being misread, from its first comment until it has been quiet for the quiet period: the
 * tally, the alert's id, and what was last sent about it. Plain Java, so that when an alert is raised, updated
 * and ends can be tested without Flink; {@link MisreadingAlertOperator} keeps one per clause in keyed state.
 *
 * @param sent what was last sent, null until the alert is raised
 */
public record MisreadingEpisode(String alertId, MisreadingTally tally, Sent sent) {

    private static final int CLAUSE_IN_TITLE = 24;
    private static final Map<String, String> TRENDS = Map.of("rising", "上升", "steady", "持平", "falling", "回落");

    /**
     * One version of the alert as sent.
     *
     * @param raisedAt event time of the first version
     * @param at       event time of this version
     * @param deadline when the responsible body must have answered: set by the severity when raised, brought
     *                 forward when the severity rises, never pushed back by an update
     */
    public record Sent(long version, long raisedAt, long at, int count, AlertSeverity severity, String trend,
                       long deadline) {
    }

    static MisreadingEpisode start(FlaggedComment first, Duration window) {
        return new MisreadingEpisode(AlertIds.misreading(first.policyId(), first.clauseId(), first.writtenAt()),
                MisreadingTally.empty(first).plus(first, window), null);
    }

    MisreadingEpisode with(FlaggedComment comment, Duration window) {
        return new MisreadingEpisode(alertId, tally.plus(comment, window), sent);
    }

    public boolean raised() {
        return sent != null;
    }

    /**
     * The episode with the version to send now, or empty when nothing worth telling changed: not yet enough
     * comments, or no new step of the count, severity or trend since the last version.
     */
    Optional<MisreadingEpisode> due(AlertSettings.MisreadingThresholds thresholds) {
        ClauseSummary summary = tally.summary(thresholds.window());
        Trend trend = summary.trend();
        AlertSeverity severity = AlertBuilder.severity(summary.count(), summary.kind(), trend);
        long now = raised() ? Math.max(sent.at(), tally.newestAt()) : tally.newestAt();
        long answerBy = now + severity.responseTime().toMillis();
        if (!raised()) {
            return raises(trend, thresholds)
                    ? Optional.of(sending(new Sent(1, now, now, summary.count(), severity, trend.direction(),
                            answerBy)))
                    : Optional.empty();
        }
        boolean grew = summary.count() >= Steps.after(sent.count());
        boolean changed = severity != sent.severity() || !trend.direction().equals(sent.trend());
        if (!grew && !changed) {
            return Optional.empty();
        }
        return Optional.of(sending(new Sent(sent.version() + 1, sent.raisedAt(), now, summary.count(),
                severity, trend.direction(), Math.min(sent.deadline(), answerBy))));
    }

    /** The last version: nobody misread the clause for the quiet period that ended at {@code at}. */
    MisreadingEpisode subsided(long at) {
        if (!raised()) {
            throw new IllegalStateException("an alert that was never raised cannot subside: " + alertId);
        }
        return sending(new Sent(sent.version() + 1, sent.raisedAt(), at, sent.count(), sent.severity(), sent.trend(),
                sent.deadline()));
    }

    /** When the episode ends unless another comment misreads the clause before. */
    long quietUntil(Duration quietPeriod) {
        return tally.newestAt() + quietPeriod.toMillis();
    }

    /**
     * The alert as the router receives it: the content the alert builder wrote for the tally (clause quoted,
     * examples, interpretation passage, clarification, responsible body), with this version's id, state and times.
     */
    public Alert alert(MisreadingAlert content, AlertState state, Duration window) {
        Trend trend = tally.trend(window);
        List<String> exampleIds = tally.examples().stream().map(MisreadingTally.Example::id).toList();
        String head = content.clause().length() > CLAUSE_IN_TITLE
                ? content.clause().substring(0, CLAUSE_IN_TITLE) + "…" : content.clause();
        String title = "政策误读：《" + content.policyTitle() + "》“" + head + "”，" + content.count() + "条评论"
                + (state == AlertState.SUBSIDED ? "，已平息" : "，" + TRENDS.getOrDefault(trend.direction(), ""));
        Alert.MisreadingDetails details = new Alert.MisreadingDetails(content.clauseId(), content.clause(),
                content.kind().label(), content.count(), content.countsByKind(), trend.lastWindow(),
                trend.previousWindow(), trend.direction(), tally.likes(), tally.reposts(), tally.replies(),
                tally.negativeShare(), content.examples(), exampleIds, content.interpretationPassage(),
                content.suggestedClarification());
        return new Alert(alertId, AlertType.MISREADING, sent.version(), state,
                sent.severity(), title, Instant.ofEpochMilli(sent.raisedAt()).toString(),
                Instant.ofEpochMilli(sent.at()).toString(), Instant.ofEpochMilli(sent.deadline()).toString(),
                content.responsibleBody(), content.issuer(), tally.topic(), tally.region(), content.policyId(),
                content.policyTitle(), content.docNo(), details, null, null);
    }

    private static boolean raises(Trend trend, AlertSettings.MisreadingThresholds thresholds) {
        int last = trend.lastWindow();
        int previous = trend.previousWindow();
        boolean many = last >= thresholds.minCount();
        boolean spreading = previous > 0 && last >= thresholds.earlyCount() && last >= thresholds.minGrowth() * previous;
        return many || spreading;
    }

    private MisreadingEpisode sending(Sent next) {
        return new MisreadingEpisode(alertId, tally, next);
    }
}
