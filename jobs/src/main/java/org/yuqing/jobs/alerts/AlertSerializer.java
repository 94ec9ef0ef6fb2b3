package org.yuqing.jobs.alerts;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.json.Json;

/**
 * Writes an alert as JSON keyed by its id, so that every version of one alert lands in one partition, in order,
 * and the router can keep the newest by id and version.
 */
public final class AlertSerializer implements KafkaRecordSerializationSchema<Alert> {

    private final String topic;

    public AlertSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Alert alert, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, alert.id().getBytes(StandardCharsets.UTF_8), Json.writeBytes(alert));
    }
}
