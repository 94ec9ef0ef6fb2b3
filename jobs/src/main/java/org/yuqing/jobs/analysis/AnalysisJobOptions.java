package org.yuqing.jobs.analysis;

import java.io.Serializable;
import java.net.URI;
import org.yuqing.core.config.Settings;
import org.yuqing.core.naming.KafkaTopics;

/**
 * How the analysis job runs.
 *
 * @param untilCaughtUp stop once the records present at start are processed (the demo, backfills), instead of
 *     running for ever
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
        long checkpointIntervalMillis) implements Serializable {

    public static AnalysisJobOptions from(Settings settings) {
        return new AnalysisJobOptions(settings.kafkaBootstrapServers(), settings.elasticsearchUrl(),
                settings.elasticsearchApiKey(), KafkaTopics.RAW, KafkaTopics.DEAD_LETTERS, "yuqing-analysis",
                false, 2, 10_000);
    }

    public AnalysisJobOptions untilCaughtUp(boolean value) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, value, parallelism, checkpointIntervalMillis);
    }

    public AnalysisJobOptions topics(String raw, String deadLetters, String group) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, raw, deadLetters,
                group, untilCaughtUp, parallelism, checkpointIntervalMillis);
    }

    public AnalysisJobOptions checkpointEvery(long millis) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, parallelism, millis);
    }

    public AnalysisJobOptions parallelism(int value) {
        return new AnalysisJobOptions(kafkaBootstrapServers, elasticsearchUrl, elasticsearchApiKey, rawTopic,
                deadLetterTopic, consumerGroup, untilCaughtUp, value, checkpointIntervalMillis);
    }
}
