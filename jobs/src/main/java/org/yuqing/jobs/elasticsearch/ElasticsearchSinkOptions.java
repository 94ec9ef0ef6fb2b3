package org.yuqing.jobs.elasticsearch;

import java.io.Serializable;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.core.config.KafkaConnection;

/**
 * Where the sink writes, and where it sends the documents that Elasticsearch rejects for good.
 *
 * @param maxBatchSize documents per bulk request
 * @param maxTimeInBufferMillis how long a document may wait for its batch to fill
 */
public record ElasticsearchSinkOptions(
        ElasticsearchConnection elasticsearch,
        KafkaConnection kafka,
        String deadLetterTopic,
        int maxBatchSize,
        long maxTimeInBufferMillis) implements Serializable {

    public static ElasticsearchSinkOptions of(ElasticsearchConnection elasticsearch, KafkaConnection kafka,
                                              String deadLetterTopic) {
        return new ElasticsearchSinkOptions(elasticsearch, kafka, deadLetterTopic, 500, 1000);
    }
}
