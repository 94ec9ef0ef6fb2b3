package org.yuqing.alerts.router;

import org.yuqing.core.naming.IndexNames;
import org.yuqing.core.naming.KafkaTopics;

/**
 * Where the router reads, what it calls itself in Kafka, and where it keeps the alerts.
 *
 * @param groupId routers sharing a group id share the topic's partitions (an alert id always lands on one)
 */
public record RouterOptions(String bootstrapServers, String topic, String groupId, String deadLetterTopic,
                            String alertsIndex) {

    public static final String DEFAULT_GROUP = "yuqing-alert-router";

    public static RouterOptions defaults(String bootstrapServers) {
        return new RouterOptions(bootstrapServers, KafkaTopics.ALERTS, DEFAULT_GROUP, KafkaTopics.DEAD_LETTERS,
                IndexNames.ALERTS);
    }
}
