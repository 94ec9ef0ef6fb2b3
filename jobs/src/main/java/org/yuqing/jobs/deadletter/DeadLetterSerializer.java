package org.yuqing.jobs.deadletter;

import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.kafka.DeadLetterWriter;

/** The job's dead-letter side output to Kafka, written as the {@link DeadLetterWriter} writes every dead letter. */
public final class DeadLetterSerializer implements KafkaRecordSerializationSchema<DeadLetter> {

    private final String topic;

    public DeadLetterSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter letter, KafkaSinkContext context, Long timestamp) {
        return DeadLetterWriter.record(topic, letter);
    }

}
