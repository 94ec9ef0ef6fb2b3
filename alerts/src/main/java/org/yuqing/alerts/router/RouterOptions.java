package org.yuqing.alerts.router;

import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.core.naming.KafkaTopics;

/**
 * Where the router reads, what it calls itself in Kafka, and where it keeps the alerts.
 *
 * @param kafka   the brokers and how to reach them (TLS, SASL), as for every other Kafka client of the project
 * @param groupId routers sharing a group id share the topic's partitions (an alert id always lands on one)
 */
public record RouterOptions(KafkaConnection kafka, String topic, String groupId, String deadLetterTopic,
                            String alertsIndex) {

    public static final String DEFAULT_GROUP = "yuqing-alert-router";

    /** A broker reached in plain text, as on the local services and in tests. */
    public RouterOptions(String bootstrapServers, String topic, String groupId, String deadLetterTopic, String alertsIndex) {
        this(KafkaConnection.plaintext(bootstrapServers), topic, groupId, deadLetterTopic, alertsIndex);
    }

    public static RouterOptions defaults(KafkaConnection kafka) {
        return new RouterOptions(kafka, KafkaTopics.ALERTS, DEFAULT_GROUP, KafkaTopics.DEAD_LETTERS, IndexNames.ALERTS);
    }
}
