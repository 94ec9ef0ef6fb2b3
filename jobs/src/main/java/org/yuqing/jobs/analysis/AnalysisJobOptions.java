package org.yuqing.jobs.analysis;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.naming.KafkaTopics;
import org.yuqing.jobs.alerts.AlertSettings;

/**
 * How the analysis job runs.
 *
 * @param kafka the brokers and how to reach them (TLS, SASL): the source and every producer use it
 * @param elasticsearch the cluster and how to reach it (API key, CA certificate): the sinks and the policy watch use it
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
 * @param metrics where the embedded MiniCluster serves Flink's metrics for Prometheus, or null for nowhere (a
 *     cluster serves them as its own configuration says)
 */
public record AnalysisJobOptions(
        KafkaConnection kafka,
        ElasticsearchConnection elasticsearch,
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
        AlertSettings alerts,
        PrometheusEndpoint metrics) implements Serializable {

    public static AnalysisJobOptions from(Settings settings) {
        return new AnalysisJobOptions(settings.kafka(), settings.elasticsearch(), KafkaTopics.RAW,
                KafkaTopics.DEAD_LETTERS, "yuqing-analysis", false, 2, 10_000, null, null, true, true,
                KafkaTopics.ALERTS, AlertSettings.DEFAULTS, PrometheusEndpoint.JOB_DEFAULT);
    }

    /** The options a settings file (or none) and the environment give: services, then the alerts section. */
    public static AnalysisJobOptions load(Path config, Map<String, String> environment) {
        return from(SettingsLoader.load(config, environment)).withAlerts(AlertSettings.read(config));
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public URI elasticsearchUrl() {
        return elasticsearch.url();
    }

    public String elasticsearchApiKey() {
        return elasticsearch.apiKey();
    }

    public AnalysisJobOptions untilCaughtUp(boolean value) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, value,
                parallelism, checkpointIntervalMillis, checkpointDirectory, restoreFrom, hotIssues, policyWatch,
                alertTopic, alerts, metrics);
    }

    public AnalysisJobOptions topics(String raw, String deadLetters, String group) {
        return new AnalysisJobOptions(kafka, elasticsearch, raw, deadLetters, group, untilCaughtUp, parallelism,
                checkpointIntervalMillis, checkpointDirectory, restoreFrom, hotIssues, policyWatch, alertTopic,
                alerts, metrics);
    }

    public AnalysisJobOptions checkpointEvery(long millis) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                parallelism, millis, checkpointDirectory, restoreFrom, hotIssues, policyWatch, alertTopic, alerts,
                metrics);
    }

    public AnalysisJobOptions parallelism(int value) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                value, checkpointIntervalMillis, checkpointDirectory, restoreFrom, hotIssues, policyWatch, alertTopic,
                alerts, metrics);
    }

    public AnalysisJobOptions checkpointsIn(String directory) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                parallelism, checkpointIntervalMillis, directory, restoreFrom, hotIssues, policyWatch, alertTopic,
                alerts, metrics);
    }

    public AnalysisJobOptions withHotIssues(boolean value) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                parallelism, checkpointIntervalMillis, checkpointDirectory, restoreFrom, value, policyWatch,
                alertTopic, alerts, metrics);
    }

    public AnalysisJobOptions withPolicyWatch(boolean value) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                parallelism, checkpointIntervalMillis, checkpointDirectory, restoreFrom, hotIssues, value, alertTopic,
                alerts, metrics);
    }

    public AnalysisJobOptions restoreFrom(String checkpoint) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                parallelism, checkpointIntervalMillis, checkpointDirectory, checkpoint, hotIssues, policyWatch,
                alertTopic, alerts, metrics);
    }

    /** Alerts go to this topic instead of {@code yuqing.alerts} (tests, a second deployment). */
    public AnalysisJobOptions alertsTo(String topic) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                parallelism, checkpointIntervalMillis, checkpointDirectory, restoreFrom, hotIssues, policyWatch,
                topic, alerts, metrics);
    }

    public AnalysisJobOptions withAlerts(AlertSettings value) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                parallelism, checkpointIntervalMillis, checkpointDirectory, restoreFrom, hotIssues, policyWatch,
                alertTopic, value, metrics);
    }

    /** Serves Flink's metrics there (null: nowhere). */
    public AnalysisJobOptions metricsOn(PrometheusEndpoint endpoint) {
        return new AnalysisJobOptions(kafka, elasticsearch, rawTopic, deadLetterTopic, consumerGroup, untilCaughtUp,
                parallelism, checkpointIntervalMillis, checkpointDirectory, restoreFrom, hotIssues, policyWatch,
                alertTopic, alerts, endpoint);
    }
}
