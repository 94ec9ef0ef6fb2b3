package org.yuqing.alerts.router;

import org.yuqing.core.naming.KafkaTopics;

/**
 * Where the router reads and what it calls itself in Kafka.
 *
 * @param groupId routers sharing a group id share the topic's partitions (an alert id always lands on one)
 */
public record RouterOptions(String bootstrapServers, String topic, String groupId, String deadLetterTopic) {

    public static final String DEFAULT_GROUP = "yuqing-alert-router";

    public static RouterOptions defaults(String bootstrapServers) {
        return new RouterOptions(bootstrapServers, KafkaTopics.ALERTS, DEFAULT_GROUP, KafkaTopics.DEAD_LETTERS);
    }
}
