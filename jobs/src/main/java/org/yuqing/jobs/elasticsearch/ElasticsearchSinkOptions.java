package org.yuqing.jobs.elasticsearch;

import java.io.Serializable;
import java.net.URI;

/**
 * Where the sink writes, and where it sends the documents that Elasticsearch rejects for good.
 *
 * @param maxBatchSize documents per bulk request
 * @param maxTimeInBufferMillis how long a document may wait for its batch to fill
 */
public record ElasticsearchSinkOptions(
        URI url,
        String apiKey,
        String kafkaBootstrapServers,
        String deadLetterTopic,
        int maxBatchSize,
        long maxTimeInBufferMillis) implements Serializable {

    public static ElasticsearchSinkOptions of(URI url, String apiKey, String kafkaBootstrapServers, String deadLetterTopic) {
        return new ElasticsearchSinkOptions(url, apiKey, kafkaBootstrapServers, deadLetterTopic, 500, 1000);
    }
}
