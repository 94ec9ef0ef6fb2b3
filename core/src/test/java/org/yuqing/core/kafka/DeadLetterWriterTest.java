package org.yuqing.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.json.Json;

class DeadLetterWriterTest {

    @Test
    void theDeadLetterWriterUsesTheConfiguredTlsAndLoginAndKeepsItsOwnDeliverySettings() {
        KafkaConnection kafka = SettingsLoader.load(null, Map.of(
                "YUQING_KAFKA_BOOTSTRAP", "kafka:9096",
                "YUQING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "YUQING_KAFKA_SASL_MECHANISM", "SCRAM-SHA-256",
                "YUQING_KAFKA_SASL_USERNAME", "analysis",
                "YUQING_KAFKA_SASL_PASSWORD", "pw")).kafka();

        assertThat(DeadLetterWriter.properties(kafka))
                .containsEntry("bootstrap.servers", "kafka:9096")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-256")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"analysis\" password=\"pw\";")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("max.in.flight.requests.per.connection", "1");
    }

    @Test
    void aDeadLetterIsWrittenAsJsonKeyedByTheDocument() throws Exception {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        DeadLetter letter = new DeadLetter("index", "mapper_parsing_exception", "yuqing-docs", "doc-1", "{}", "2026-01-01T00:00:00Z");

        try (DeadLetterWriter writer = new DeadLetterWriter(producer, "test.dlq")) {
            writer.send(letter);
            writer.flush();
        }

        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo("test.dlq");
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("doc-1");
            assertThat(Json.mapper().readValue(record.value(), DeadLetter.class)).isEqualTo(letter);
        });
    }

    @Test
    void aFlushFailsWhenADeadLetterWasNotTaken() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        DeadLetterWriter writer = new DeadLetterWriter(producer, "test.dlq");

        writer.send(new DeadLetter("route", "not an alert", "yuqing.alerts/0@7", null, "x", "2026-01-01T00:00:00Z"));
        producer.errorNext(new RuntimeException("broker gone"));

        assertThatThrownBy(writer::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("test.dlq");
    }
}
