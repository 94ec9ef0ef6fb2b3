package org.yuqing.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS and SASL to Kafka, API key and CA certificate to Elasticsearch: the client properties they become, and the mistakes refused. */
class SecuritySettingsTest {

    @TempDir
    Path dir;

    @Test
    void scramOverTlsBecomesTheClientPropertiesWithThePasswordFromTheEnvironment() throws Exception {
        Path ca = pem("kafka-ca.pem");
        Path file = write("""
                kafka:
                  bootstrap_servers: kafka-1:9093,kafka-2:9093
                  security:
                    protocol: SASL_SSL
                    sasl_mechanism: SCRAM-SHA-512
                    username: yuqing
                    ca_certificate: %s
                """.formatted(ca));

        Settings settings = SettingsLoader.load(file, Map.of("YUQING_KAFKA_SASL_PASSWORD", "pa\"ss\\word"));

        Properties properties = settings.kafka().clientProperties();
        assertThat(properties).containsEntry("bootstrap.servers", "kafka-1:9093,kafka-2:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"yuqing\" password=\"pa\\\"ss\\\\word\";")
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", ca.toString())
                .containsEntry("ssl.endpoint.identification.algorithm", "https");
        assertThat(settings.kafka().toString()).doesNotContain("pa\"ss").contains("***");
    }

    @Test
    void plainLoginWithoutTlsComesWhollyFromTheEnvironment() {
        Settings settings = SettingsLoader.load(null, Map.of(
                "YUQING_KAFKA_BOOTSTRAP", "kafka:9094",
                "YUQING_KAFKA_SECURITY_PROTOCOL", "sasl_plaintext",
                "YUQING_KAFKA_SASL_MECHANISM", "PLAIN",
                "YUQING_KAFKA_SASL_USERNAME", "crawler",
                "YUQING_KAFKA_SASL_PASSWORD", "s3cret"));

        assertThat(settings.kafka().clientProperties())
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"crawler\" password=\"s3cret\";")
                .doesNotContainKeys("ssl.truststore.location", "ssl.endpoint.identification.algorithm");
    }

    @Test
    void withoutSecuritySettingsTheClientsGetOnlyTheBootstrapServers() {
        assertThat(SettingsLoader.load(null, Map.of()).kafka().clientProperties())
                .containsOnlyKeys("bootstrap.servers");
    }

    @Test
    void elasticsearchOverHttpsGetsItsCaCertificateAndTheApiKeyFromTheEnvironment() throws Exception {
        Path ca = pem("es-ca.pem");
        Path file = write("elasticsearch:\n  url: https://es-1:9200\n  ca_certificate: " + ca + "\n");

        ElasticsearchConnection elasticsearch = SettingsLoader.load(file, Map.of("YUQING_ELASTICSEARCH_API_KEY", "a2V5"))
                .elasticsearch();

        assertThat(elasticsearch.caCertificate()).isEqualTo(ca);
        assertThat(elasticsearch.apiKey()).isEqualTo("a2V5");
        assertThat(elasticsearch.tls()).isTrue();
        assertThat(elasticsearch.toString()).doesNotContain("a2V5");
    }

    @Test
    void aSaslProtocolWithoutPasswordNamesTheFileTheProtocolAndTheVariableToSet() throws Exception {
        Path file = write("kafka:\n  security:\n    protocol: SASL_SSL\n    sasl_mechanism: PLAIN\n    username: yuqing\n");

        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("YUQING_KAFKA_SASL_PASSWORD")
                .hasMessageContaining("must be set in the environment")
                .hasMessageContaining("SASL_SSL");
    }

    @Test
    void aSaslProtocolWithoutMechanismOrUserNamesTheKeyToAdd() throws Exception {
        Path noMechanism = write("kafka:\n  security:\n    protocol: SASL_SSL\n    username: yuqing\n");
        assertThatThrownBy(() -> SettingsLoader.load(noMechanism, Map.of("YUQING_KAFKA_SASL_PASSWORD", "x")))
                .hasMessageStartingWith(noMechanism.toString())
                .hasMessageContaining("'kafka.security.sasl_mechanism' must be one of [PLAIN, SCRAM-SHA-256, SCRAM-SHA-512]");

        Path noUser = write("kafka:\n  security:\n    protocol: SASL_PLAINTEXT\n    sasl_mechanism: SCRAM-SHA-256\n");
        assertThatThrownBy(() -> SettingsLoader.load(noUser, Map.of("YUQING_KAFKA_SASL_PASSWORD", "x")))
                .hasMessageContaining("'kafka.security.username' must be set");

        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("YUQING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "YUQING_KAFKA_SASL_MECHANISM", "GSSAPI", "YUQING_KAFKA_SASL_USERNAME", "u", "YUQING_KAFKA_SASL_PASSWORD", "p")))
                .hasMessage("environment: 'YUQING_KAFKA_SASL_MECHANISM' must be one of [PLAIN, SCRAM-SHA-256, SCRAM-SHA-512] "
                        + "when kafka.security.protocol is SASL_SSL, found: GSSAPI");
    }

    @Test
    void anUnknownProtocolIsRefusedWithTheChoices() throws Exception {
        Path file = write("kafka:\n  security:\n    protocol: TLS\n");

        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .hasMessage(file + ": 'kafka.security.protocol' must be one of [PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL], found: TLS");
    }

    @Test
    void tlsAndLoginSettingsThatTheProtocolWouldIgnoreAreRefused() throws Exception {
        Path ca = pem("ca.pem");
        Path caWithoutTls = write("kafka:\n  security:\n    ca_certificate: " + ca + "\n");
        assertThatThrownBy(() -> SettingsLoader.load(caWithoutTls, Map.of()))
                .hasMessageContaining("'kafka.security.ca_certificate' is only used over TLS")
                .hasMessageContaining("found PLAINTEXT");

        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("YUQING_KAFKA_SASL_USERNAME", "u")))
                .hasMessageContaining("environment: 'YUQING_KAFKA_SASL_USERNAME' is a SASL login");

        Path esCaOverHttp = write("elasticsearch:\n  url: http://es:9200\n  ca_certificate: " + ca + "\n");
        assertThatThrownBy(() -> SettingsLoader.load(esCaOverHttp, Map.of()))
                .hasMessageContaining("'elasticsearch.ca_certificate' is only used over TLS")
                .hasMessageContaining("https://");
    }

    @Test
    void aCaCertificateThatIsNotThereIsNamedWithItsKey() throws Exception {
        Path file = write("kafka:\n  security:\n    protocol: SSL\n    ca_certificate: /nowhere/ca.pem\n");

        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .hasMessage(file + ": 'kafka.security.ca_certificate' must be a readable PEM file, found: /nowhere/ca.pem");
        assertThatThrownBy(() -> SettingsLoader.load(null, Map.of("YUQING_ELASTICSEARCH_URL", "https://es:9200",
                "YUQING_ELASTICSEARCH_CA_CERTIFICATE", "/nowhere/es.pem")))
                .hasMessage("environment: 'YUQING_ELASTICSEARCH_CA_CERTIFICATE' must be a readable PEM file, found: /nowhere/es.pem");
    }

    @Test
    void aPasswordInAFileIsRefusedAndSoIsAKeyThatDoesNotExist() throws Exception {
        Path password = write("kafka:\n  security:\n    password: hunter2\n");
        assertThatThrownBy(() -> SettingsLoader.load(password, Map.of()))
                .hasMessage(password + ": 'kafka.security.password' must not be in a file; set the environment variable "
                        + "YUQING_KAFKA_SASL_PASSWORD");

        Path typo = write("kafka:\n  security:\n    protocl: SSL\n");
        assertThatThrownBy(() -> SettingsLoader.load(typo, Map.of()))
                .hasMessageContaining("'kafka.security.protocl' is not a known key")
                .hasMessageContaining("kafka.security.protocol");
    }

    private Path pem(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("yuqing-" + System.nanoTime() + ".yml"), yaml);
    }
}
