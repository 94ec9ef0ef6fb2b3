package org.yuqing.jobs.analysis;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.naming.KafkaTopics;
import org.yuqing.jobs.alerts.AlertSettings;
import org.yuqing.jobs.alerts.AlertSettingsReader;

/**
 * How the analysis job runs.
 *
 * @param untilCaughtUp stop once the records present at start are processed (the demo, backfills), instead of
 *     running for ever
 * @param checkpointDirectory where checkpoints are kept (a {@code file://} or cluster file system URI); they stay
 *     after the job is cancelled, so that it can be restored from the last one. Null keeps them in memory.
 * @param restoreFrom a checkpoint or savepoint to start from, or null to start from committed offsets
 * @param hotIssues whether the job also mines hot issues (their window state grows with the message rate)
 * @param policyWatch whether citizens' texts are linked to registered policies and checked for misreadings, and
 *     alerts raised (misread clauses, missing interpretations, hijacked sites)
 * @param alertTopic where the alerts go, keyed by alert id
 * @param alerts when alerts are raised, updated and ended
 */
public record AnalysisJobOptions(
        String kafkaBootstrapServers,
        URI elasticsearchUrl,
        String elasticsearchApiKey,
        String rawTopic,
        String deadLetterTopic,
        String consumerGroup,
        boolean untilCaughtUp,
        int parallelism,
        long checkpointIntervalMillis,
        String checkpointDirectory,
        String restoreFrom,
        boolean hotIssues,
        boolean policyWatch,
        String alertTopic,
        AlertSettings alerts) implements Serializable {

    public static AnalysisJobOptions from(Settings settings) {
        return new AnalysisJobOptions(settings.kafkaBootstrapServers(), settings.elasticsearchUrl(),
                settings.elasticsearchApiKey(), KafkaTopics.RAW, KafkaTopics.DEAD_LETTERS, "yuqing-analysis",
                false, 2, 10_000, null, null, true, true, KafkaTopics.ALERTS, AlertSettings.DEFAULTS);
    }

    /** The options a settings file (or none) and the environment give: services, then the alerts section. */
    public static AnalysisJobOptions load(Path config, Map<String, String> environment) {
        return from(SettingsLoader.load(config, environment)).withAlerts(AlertSettingsReader.read(config));
    }

    public AnalysisJobOptions untilCaughtUp(boolean value) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, value, parallelism, checkpointIntervalMillis, checkpointDirectory,
                restoreFrom, hotIssues, policyWatch, alertTopic, alerts);
    }

    public AnalysisJobOptions topics(String raw, String deadLetters, String group) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, raw, deadLetters,
                group, untilCaughtUp, parallelism, checkpointIntervalMillis, checkpointDirectory, restoreFrom, hotIssues, policyWatch, alertTopic, alerts);
    }

    public AnalysisJobOptions checkpointEvery(long millis) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, parallelism, millis, checkpointDirectory, restoreFrom, hotIssues, policyWatch, alertTopic, alerts);
    }

    public AnalysisJobOptions parallelism(int value) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, value, checkpointIntervalMillis, checkpointDirectory,
                restoreFrom, hotIssues, policyWatch, alertTopic, alerts);
    }

    public AnalysisJobOptions checkpointsIn(String directory) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, parallelism, checkpointIntervalMillis, directory,
                restoreFrom, hotIssues, policyWatch, alertTopic, alerts);
    }

    public AnalysisJobOptions withHotIssues(boolean value) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, parallelism, checkpointIntervalMillis,
                checkpointDirectory, restoreFrom, value, policyWatch, alertTopic, alerts);
    }

    public AnalysisJobOptions withPolicyWatch(boolean value) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, parallelism, checkpointIntervalMillis,
                checkpointDirectory, restoreFrom, hotIssues, value, alertTopic, alerts);
    }

    public AnalysisJobOptions restoreFrom(String checkpoint) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, parallelism, checkpointIntervalMillis,
                checkpointDirectory, checkpoint, hotIssues, policyWatch, alertTopic, alerts);
    }

    /** Alerts go to this topic instead of {@code yuqing.alerts} (tests, a second deployment). */
    public AnalysisJobOptions alertsTo(String topic) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, parallelism, checkpointIntervalMillis,
                checkpointDirectory, restoreFrom, hotIssues, policyWatch, topic, alerts);
    }

    public AnalysisJobOptions withAlerts(AlertSettings value) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, parallelism, checkpointIntervalMillis,
                checkpointDirectory, restoreFrom, hotIssues, policyWatch, alertTopic, value);
    }
}
