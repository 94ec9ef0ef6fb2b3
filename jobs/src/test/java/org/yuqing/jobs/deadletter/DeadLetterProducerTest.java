package org.yuqing.jobs.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.config.SettingsLoader;

class DeadLetterProducerTest {

    @Test
    void theDeadLetterProducerUsesTheConfiguredTlsAndLoginAndKeepsItsOwnDeliverySettings() {
        KafkaConnection kafka = SettingsLoader.load(null, Map.of(
                "YUQING_KAFKA_BOOTSTRAP", "kafka:9096",
                "YUQING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "YUQING_KAFKA_SASL_MECHANISM", "SCRAM-SHA-256",
                "YUQING_KAFKA_SASL_USERNAME", "analysis",
                "YUQING_KAFKA_SASL_PASSWORD", "pw")).kafka();

        assertThat(DeadLetterProducer.properties(kafka))
                .containsEntry("bootstrap.servers", "kafka:9096")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-256")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"analysis\" password=\"pw\";")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("max.in.flight.requests.per.connection", "1");
    }
}
