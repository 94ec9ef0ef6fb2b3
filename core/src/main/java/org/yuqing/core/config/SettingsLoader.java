package org.yuqing.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link Settings} from an optional YAML file, then lets the environment override it:
 * {@code YUQING_KAFKA_BOOTSTRAP}, {@code YUQING_ELASTICSEARCH_URL}, and {@code YUQING_ELASTICSEARCH_API_KEY}
 * (the only place a secret may come from).
 *
 * <pre>
 * kafka:
 *   bootstrap_servers: 127.0.0.1:9092
 * elasticsearch:
 *   url: http://127.0.0.1:9200
 * alerts:            # read by the analysis job, see its AlertSettings
 *   misreading:
 *     min_count: 5
 * </pre>
 */
public final class SettingsLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SECTIONS = Set.of("kafka", "elasticsearch", "alerts");

    private SettingsLoader() {
    }

    public static Settings load(Path file, Map<String, String> environment) {
        Settings settings = Settings.LOCAL;
        if (file != null) {
            settings = fromFile(file, settings);
        }
        return fromEnvironment(environment, settings);
    }

    /**
     * One section of the settings file, for the module that owns it to read (the analysis job reads
     * {@code alerts}); a missing node when there is no file or no such section.
     */
    public static JsonNode section(Path file, String section) {
        if (file == null) {
            return MissingNode.getInstance();
        }
        JsonNode root = read(file);
        return root == null ? MissingNode.getInstance() : root.path(section);
    }

    /** The file's top level, checked to be a mapping of known sections; null when the file is empty. */
    private static JsonNode read(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigurationException(name + ": cannot be read as YAML: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return null;
        }
        if (!root.isObject()) {
            throw new ConfigurationException(name, "(top level)", "must be a mapping of sections", root.getNodeType().toString());
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String section = it.next();
            if (!SECTIONS.contains(section)) {
                throw new ConfigurationException(name, section, "is not a known section; expected one of " + SECTIONS, null);
            }
        }
        return root;
    }

    private static Settings fromFile(Path file, Settings defaults) {
        String name = file.toString();
        JsonNode root = read(file);
        if (root == null) {
            return defaults;
        }
        Settings settings = defaults;
        String bootstrap = text(root, name, "kafka", "bootstrap_servers");
        if (bootstrap != null) {
            settings = settings.withKafkaBootstrapServers(bootstrap);
        }
        String url = text(root, name, "elasticsearch", "url");
        if (url != null) {
            settings = settings.withElasticsearchUrl(httpUrl(name, "elasticsearch.url", url));
        }
        if (root.path("elasticsearch").has("api_key")) {
            throw new ConfigurationException(name, "elasticsearch.api_key",
                    "must not be in a file; set the environment variable YUQING_ELASTICSEARCH_API_KEY", null);
        }
        return settings;
    }

    private static Settings fromEnvironment(Map<String, String> env, Settings settings) {
        String bootstrap = env.get("YUQING_KAFKA_BOOTSTRAP");
        if (bootstrap != null && !bootstrap.isBlank()) {
            settings = settings.withKafkaBootstrapServers(bootstrap.trim());
        }
        String url = env.get("YUQING_ELASTICSEARCH_URL");
        if (url != null && !url.isBlank()) {
            settings = settings.withElasticsearchUrl(httpUrl("environment", "YUQING_ELASTICSEARCH_URL", url.trim()));
        }
        String apiKey = env.get("YUQING_ELASTICSEARCH_API_KEY");
        if (apiKey != null && !apiKey.isBlank()) {
            settings = new Settings(settings.kafkaBootstrapServers(), settings.elasticsearchUrl(), apiKey.trim());
        }
        return settings;
    }

    private static String text(JsonNode root, String file, String section, String key) {
        JsonNode node = root.path(section).path(key);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ConfigurationException(file, section + "." + key, "must be a non-empty string", node.toString());
        }
        return node.asText().trim();
    }

    private static URI httpUrl(String file, String key, String value) {
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below with the file and key
        }
        throw new ConfigurationException(file, key, "must be an http:// or https:// URL with a host", value);
    }
}
