package org.yuqing.jobs.deadletter;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.json.Json;

/** Writes a dead letter as JSON, keyed by the document id when it is known. */
public final class DeadLetterSerializer implements KafkaRecordSerializationSchema<DeadLetter> {

    private final String topic;

    public DeadLetterSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter letter, KafkaSinkContext context, Long timestamp) {
        return toRecord(topic, letter);
    }

    static ProducerRecord<byte[], byte[]> toRecord(String topic, DeadLetter letter) {
        byte[] key = letter.documentId() == null ? null : letter.documentId().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, key, Json.writeBytes(letter));
    }
}
