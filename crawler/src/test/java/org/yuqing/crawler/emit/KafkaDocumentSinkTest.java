package org.yuqing.crawler.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.config.SettingsLoader;

class KafkaDocumentSinkTest {

    @Test
    void theCrawlersProducerConnectsOverTlsWithTheConfiguredCaAndKeepsItsDeliverySettings(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        Path file = Files.writeString(dir.resolve("yuqing.yml"),
                "kafka:\n  bootstrap_servers: kafka:9093\n  security:\n    protocol: SSL\n    ca_certificate: " + ca + "\n");

        assertThat(KafkaDocumentSink.properties(SettingsLoader.load(file, Map.of()).kafka()))
                .containsEntry("bootstrap.servers", "kafka:9093")
                .containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", ca.toString())
                .doesNotContainKey("sasl.jaas.config")
                .containsEntry("acks", "all")
                .containsEntry("max.in.flight.requests.per.connection", "1")
                .containsEntry("compression.type", "lz4");
    }
}
