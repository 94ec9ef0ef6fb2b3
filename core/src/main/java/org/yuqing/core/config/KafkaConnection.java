package org.yuqing.core.config;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Where Kafka is and how to reach it safely: what every Kafka client of the project (source, sinks, producers, admin) is built from. */
public record KafkaConnection(String bootstrapServers, KafkaSecurity security) implements Serializable {

    public KafkaConnection {
        security = security == null ? KafkaSecurity.NONE : security;
    }

    public static KafkaConnection plaintext(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, KafkaSecurity.NONE);
    }

    /** {@code bootstrap.servers} and the security properties, to which a client adds its own (serializers, acks …). */
    public Properties clientProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.putAll(security.clientProperties());
        return properties;
    }

    /**
     * The client properties plus what every producer of the project needs: acknowledged by all replicas, written
     * once, and one request in flight per connection.
     *
     * <p>One in flight because Kafka up to 4.4 (KAFKA-15591, fixed in 4.5) lets an idempotent producer lose
     * records on a partition nobody has written to yet: when the first request reaches the broker a moment before
     * the new partition is ready and fails, a second request sent behind it is appended, and every retry of the
     * first is then refused as out of sequence until it expires. Topics here are created on first use (by the
     * crawler, the job, auto-creation), so every producer starts on such a partition. A single request in flight
     * cannot overtake its predecessor.
     */
    public Properties producerProperties() {
        Properties properties = clientProperties();
        properties.put("acks", "all");
        properties.put("enable.idempotence", "true");
        properties.put("max.in.flight.requests.per.connection", "1");
        return properties;
    }

    /** The same as a map, for clients that take one (Kafka's Admin). */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        clientProperties().forEach((key, value) -> config.put((String) key, value));
        return config;
    }
}
