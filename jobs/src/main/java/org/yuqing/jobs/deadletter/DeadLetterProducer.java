package org.yuqing.jobs.deadletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.kafka.SendFailures;

/**
 * Sends dead letters from places that have no side output, such as a sink that learns only from Elasticsearch's
 * answer that a document cannot be indexed. {@link #flush()} before a checkpoint completes, so that none is lost.
 */
public final class DeadLetterProducer implements AutoCloseable {

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final SendFailures failures;

    public DeadLetterProducer(KafkaConnection kafka, String topic) {
        this.producer = new KafkaProducer<>(properties(kafka));
        this.topic = topic;
        this.failures = new SendFailures("dead-letter topic " + topic);
    }

    /** The connection's own properties (address, TLS, SASL) and what a dead letter needs: acknowledged by all, once. */
    static Properties properties(KafkaConnection kafka) {
        Properties props = kafka.producerProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    public void send(DeadLetter letter) {
        producer.send(DeadLetterSerializer.toRecord(topic, letter), (metadata, error) -> failures.record(error));
    }

    /**
     * Fails when a dead letter was not taken, so that the checkpoint this flush belongs to fails too and the
     * documents behind it are processed again from the previous one.
     */
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
