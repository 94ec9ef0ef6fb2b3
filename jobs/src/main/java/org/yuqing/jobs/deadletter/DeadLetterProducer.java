package org.yuqing.jobs.deadletter;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.document.DeadLetter;

/**
 * Sends dead letters from places that have no side output, such as a sink that learns only from Elasticsearch's
 * answer that a document cannot be indexed. {@link #flush()} before a checkpoint completes, so that none is lost.
 */
public final class DeadLetterProducer implements AutoCloseable {

    private final Producer<byte[], byte[]> producer;
    private final String topic;

    public DeadLetterProducer(KafkaConnection kafka, String topic) {
        this.producer = new KafkaProducer<>(properties(kafka));
        this.topic = topic;
    }

    /** The connection's own properties (address, TLS, SASL) and what a dead letter needs: acknowledged by all, once. */
    static Properties properties(KafkaConnection kafka) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    public void send(DeadLetter letter) {
        producer.send(DeadLetterSerializer.toRecord(topic, letter));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
