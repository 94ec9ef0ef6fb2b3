package org.yuqing.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    @TempDir
    Path dir;

    @Test
    void withoutFileOrEnvironmentUsesTheLocalServices() {
        assertThat(SettingsLoader.load(null, Map.of())).isEqualTo(Settings.LOCAL);
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        Path file = write("kafka:\n  bootstrap_servers: kafka-1:9092\nelasticsearch:\n  url: http://es:9200\n");

        Settings settings = SettingsLoader.load(file, Map.of("YUQING_ELASTICSEARCH_URL", "https://search.example:9243",
                "YUQING_ELASTICSEARCH_API_KEY", "secret"));

        assertThat(settings.kafkaBootstrapServers()).isEqualTo("kafka-1:9092");
        assertThat(settings.elasticsearchUrl()).isEqualTo(URI.create("https://search.example:9243"));
        assertThat(settings.elasticsearchApiKey()).isEqualTo("secret");
    }

    @Test
    void aBadValueNamesTheFileTheKeyAndWhatWasExpected() throws Exception {
        Path file = write("elasticsearch:\n  url: localhost\n");

        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("elasticsearch.url")
                .hasMessageContaining("http:// or https:// URL");
    }

    @Test
    void anUnknownSectionIsAMistakeNotSilence() throws Exception {
        Path file = write("kafak:\n  bootstrap_servers: x:9092\n");

        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .hasMessageContaining("'kafak' is not a known section");
    }

    @Test
    void aSecretInAFileIsRefused() throws Exception {
        Path file = write("elasticsearch:\n  api_key: abc\n");

        assertThatThrownBy(() -> SettingsLoader.load(file, Map.of()))
                .hasMessageContaining("elasticsearch.api_key")
                .hasMessageContaining("YUQING_ELASTICSEARCH_API_KEY");
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("yuqing.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
