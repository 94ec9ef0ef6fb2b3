package org.yuqing.jobs.deadletter;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.yuqing.core.document.DeadLetter;

/**
 * Sends dead letters from places that have no side output, such as a sink that learns only from Elasticsearch's
 * answer that a document cannot be indexed. {@link #flush()} before a checkpoint completes, so that none is lost.
 */
public final class DeadLetterProducer implements AutoCloseable {

    private final Producer<byte[], byte[]> producer;
    private final String topic;

    public DeadLetterProducer(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(props);
        this.topic = topic;
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
