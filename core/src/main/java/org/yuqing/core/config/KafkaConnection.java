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

    /** The same as a map, for clients that take one (Kafka's Admin). */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        clientProperties().forEach((key, value) -> config.put((String) key, value));
        return config;
    }
}
