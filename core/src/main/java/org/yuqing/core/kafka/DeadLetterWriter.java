package org.yuqing.core.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.json.Json;

/**
 * Writes dead letters to their topic as JSON, keyed by the document id when it is known: the one writer for the
 * analysis job's sinks and the alert router (the job's side output uses {@link #record} through Flink's sink).
 * Sends are asynchronous; {@link #flush()} fails when one was not taken, so that the caller does not commit
 * (a checkpoint, a consumer offset) past a record that was lost.
 */
public final class DeadLetterWriter implements AutoCloseable {

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final SendFailures failures;

    public DeadLetterWriter(KafkaConnection kafka, String topic) {
        this(new KafkaProducer<>(properties(kafka)), topic);
    }

    /** Over a producer of the caller's, such as Kafka's {@code MockProducer} in a test. */
    public DeadLetterWriter(Producer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
        this.failures = new SendFailures("dead-letter topic " + topic);
    }

    /** The connection's own properties (address, TLS, SASL) and what a dead letter needs: acknowledged by all, once. */
    public static Properties properties(KafkaConnection kafka) {
        Properties props = kafka.producerProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    /** The Kafka record of a dead letter. */
    public static ProducerRecord<byte[], byte[]> record(String topic, DeadLetter letter) {
        byte[] key = letter.documentId() == null ? null : letter.documentId().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, key, Json.writeBytes(letter));
    }

    public void send(DeadLetter letter) {
        producer.send(record(topic, letter), (metadata, error) -> failures.record(error));
    }

    /** Returns once every dead letter sent so far is written; fails when one was not. */
    public void flush() {
        producer.flush();
        try {
            failures.throwIfAny();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
