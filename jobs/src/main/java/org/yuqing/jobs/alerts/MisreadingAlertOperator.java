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
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.jobs.misreading.KnownPolicies;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.misreading.PolicyWatchOperator;
import org.yuqing.jobs.policy.PolicyRecord;

/**
 * Misreading alerts, keyed by policy and clause, in event time: each flagged comment is added to its clause's
 * episode; a version of the alert goes out when the episode crosses the thresholds and again when it grows a step
 * or changes severity or trend; an event-time timer at the newest comment plus the quiet period sends the last
 * version ({@code subsided}) and ends the episode. The alert's words come from the {@link AlertBuilder}, which
 * needs the policy: the registry is the same broadcast state the policy watch keeps, and the builder is made
 * again only when a policy was added and an alert is due.
 */
public final class MisreadingAlertOperator extends KeyedBroadcastProcessFunction<String, FlaggedComment, PolicyRecord, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(MisreadingAlertOperator.class);
    private static final String EPISODES = "misreading-episode";

    private final AlertSettings.MisreadingThresholds thresholds;
    private final ElasticsearchConnection elasticsearch;
    private transient JsonState<MisreadingEpisode> episodes;
    private transient List<PolicyRecord> indexed;
    private transient AlertBuilder builder;
    private transient boolean stale;

    public MisreadingAlertOperator(AlertSettings.MisreadingThresholds thresholds, ElasticsearchConnection elasticsearch) {
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
        KnownPolicies.register(ctx.getBroadcastState(PolicyWatchOperator.REGISTRY), policy);
        stale = true;
        // The policy and the comments that misread it come on different inputs: an episode may have crossed its
        // threshold here before the policy did, and its alert was held back. It goes out now, not only when (and
        // if) another comment arrives.
        ctx.applyToKeyedState(JsonState.descriptor(EPISODES), (clauseKey, state) -> {
            if (!FlaggedComment.isClauseOf(clauseKey, policy.id())) {
                return;
            }
            MisreadingEpisode episode = JsonState.read(state.value(), MisreadingEpisode.class);
            if (episode == null) {
                return;
            }
            MisreadingEpisode after = sendIfDue(episode, ctx.getBroadcastState(PolicyWatchOperator.REGISTRY), out);
            if (after != episode) {
                state.update(JsonState.write(after));
            }
        });
    }

    @Override
    public void processElement(FlaggedComment comment, ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
        MisreadingEpisode before = episodes.get();
        MisreadingEpisode episode = before == null
                ? MisreadingEpisode.start(comment, thresholds.window())
                : before.with(comment, thresholds.window());
        episode = sendIfDue(episode, ctx.getBroadcastState(PolicyWatchOperator.REGISTRY), out);
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
            alert(episode.subsided(timestamp), AlertState.SUBSIDED, ctx.getBroadcastState(PolicyWatchOperator.REGISTRY))
                    .ifPresent(out::collect);
        }
        episodes.clear();
    }

    /**
     * Sends the version of the alert that is due, if one is: the episode as it stands after that, or the same
     * episode when nothing was due or the alert was held back.
     */
    private MisreadingEpisode sendIfDue(MisreadingEpisode episode, ReadOnlyBroadcastState<String, PolicyRecord> registry,
                                        Collector<Alert> out) throws Exception {
        Optional<MisreadingEpisode> due = episode.due(thresholds);
        if (due.isEmpty()) {
            return episode;
        }
        Optional<Alert> alert = alert(due.get(), AlertState.ACTIVE, registry);
        if (alert.isEmpty()) {
            return episode;
        }
        out.collect(alert.get());
        return due.get();
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
