package org.yuqing.jobs.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.misreading.AlertBuilder;
import org.yuqing.jobs.misreading.KnownPolicies;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.misreading.WatchPolicies;
import org.yuqing.jobs.policy.PolicyRecord;

/**
 * Misreading alerts, keyed by policy and clause, in event time: each flagged comment is added to its clause's
 * episode; a version of the alert goes out when the episode crosses the thresholds and again when it grows a step
 * or changes severity or trend; an event-time timer at the newest comment plus the quiet period sends the last
 * version ({@code subsided}) and ends the episode. The alert's words come from the {@link AlertBuilder}, which
 * needs the policy: the registry is the same broadcast state the policy watch keeps, and the builder is made
 * again only when a policy was added and an alert is due.
 */
public final class MisreadingAlerts extends KeyedBroadcastProcessFunction<String, FlaggedComment, PolicyRecord, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(MisreadingAlerts.class);
    private static final String EPISODES = "misreading-episode";

    private final AlertSettings.MisreadingThresholds thresholds;
    private final ElasticsearchConnection elasticsearch;
    private transient JsonState<MisreadingEpisode> episodes;
    private transient List<PolicyRecord> indexed;
    private transient AlertBuilder builder;
    private transient boolean stale;

    public MisreadingAlerts(AlertSettings.MisreadingThresholds thresholds, ElasticsearchConnection elasticsearch) {
        this.thresholds = thresholds;
        this.elasticsearch = elasticsearch;
    }

    @Override
    public void open(OpenContext context) {
        episodes = JsonState.of(getRuntimeContext(), EPISODES, MisreadingEpisode.class);
        indexed = KnownPolicies.indexed(elasticsearch);
    }

    @Override
    public void processBroadcastElement(PolicyRecord policy, Context ctx, Collector<Alert> out) throws Exception {
        KnownPolicies.register(ctx.getBroadcastState(WatchPolicies.REGISTRY), policy);
        stale = true;
        // The policy and the comments that misread it come on different inputs: an episode may have crossed its
        // threshold here before the policy did, and its alert was held back. It goes out now, not only when (and
        // if) another comment arrives.
        ctx.applyToKeyedState(JsonState.descriptor(EPISODES), (clauseKey, state) -> {
            if (!FlaggedComment.isClauseOf(clauseKey, policy.id())) {
                return;
            }
            MisreadingEpisode episode = JsonState.read(state.value(), MisreadingEpisode.class);
            Optional<MisreadingEpisode> due = episode == null ? Optional.empty() : episode.due(thresholds);
            if (due.isPresent()) {
                Optional<Alert> alert = alert(due.get(), AlertState.ACTIVE, ctx.getBroadcastState(WatchPolicies.REGISTRY));
                if (alert.isPresent()) {
                    out.collect(alert.get());
                    state.update(Json.write(due.get()));
                }
            }
        });
    }

    @Override
    public void processElement(FlaggedComment comment, ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
        MisreadingEpisode before = episodes.get();
        MisreadingEpisode episode = before == null
                ? MisreadingEpisode.start(comment, thresholds.window())
                : before.with(comment, thresholds.window());
        Optional<MisreadingEpisode> due = episode.due(thresholds);
        if (due.isPresent()) {
            Optional<Alert> alert = alert(due.get(), AlertState.ACTIVE, ctx.getBroadcastState(WatchPolicies.REGISTRY));
            if (alert.isPresent()) {
                out.collect(alert.get());
                episode = due.get();
            }
        }
        EpisodeTimers.move(ctx.timerService(), before == null ? null : before.quietUntil(thresholds.quietPeriod()),
                episode.quietUntil(thresholds.quietPeriod()));
        episodes.set(episode);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        MisreadingEpisode episode = episodes.get();
        if (episode == null || episode.quietUntil(thresholds.quietPeriod()) != timestamp) {
            return;
        }
        if (EpisodeTimers.inputEnded(ctx.timerService())) {
            return;
        }
        if (episode.raised()) {
            alert(episode.subsided(timestamp), AlertState.SUBSIDED, ctx.getBroadcastState(WatchPolicies.REGISTRY))
                    .ifPresent(out::collect);
        }
        episodes.clear();
    }

    private Optional<Alert> alert(MisreadingEpisode episode, AlertState state,
                                  ReadOnlyBroadcastState<String, PolicyRecord> registry) throws Exception {
        String policyId = episode.tally().policyId();
        if (builder == null || stale || !builder.knows(policyId)) {
            builder = new AlertBuilder(new PolicyIndex(KnownPolicies.registry(indexed, registry)), thresholds.window());
            stale = false;
        }
        if (!builder.knows(policyId)) {
            // Flagged against a policy this instance has not registered (it cannot be, but a lost broadcast
            // must not fail the job): the episode goes on counting and the alert goes out with a later comment.
            LOG.warn("misreading of policy {} which is not registered here; alert {} held back", policyId,
                    episode.alertId());
            return Optional.empty();
        }
        var content = builder.build(episode.tally().summary(thresholds.window()),
                Instant.ofEpochMilli(episode.sent().at()));
        return Optional.of(episode.alert(content, state, thresholds.window()));
    }
}
