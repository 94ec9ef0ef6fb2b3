package org.yuqing.core.config;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yuqing.core.config.KafkaSecurity.Protocol;

/**
 * Reads {@link Settings} from an optional YAML file, then lets the environment override it, key by key. Secrets
 * come only from the environment: a file that holds one is refused.
 *
 * <pre>
 * kafka:
 *   bootstrap_servers: kafka-1:9093         # YUQING_KAFKA_BOOTSTRAP
 *   security:
 *     protocol: SASL_SSL                     # YUQING_KAFKA_SECURITY_PROTOCOL: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL
 *     sasl_mechanism: SCRAM-SHA-512          # YUQING_KAFKA_SASL_MECHANISM: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
 *     username: yuqing                       # YUQING_KAFKA_SASL_USERNAME
 *     ca_certificate: /etc/yuqing/kafka-ca.pem   # YUQING_KAFKA_CA_CERTIFICATE (PEM)
 *                                            # password: only YUQING_KAFKA_SASL_PASSWORD
 * alerts:                                    # read by the analysis job, see its AlertSettings
 *   misreading:
 *     min_count: 5
 * elasticsearch:
 *   url: https://es-1:9200                   # YUQING_ELASTICSEARCH_URL
 *   ca_certificate: /etc/yuqing/es-ca.pem    # YUQING_ELASTICSEARCH_CA_CERTIFICATE (PEM)
 *                                            # API key: only YUQING_ELASTICSEARCH_API_KEY
 * </pre>
 */
public final class SettingsLoader {

    /** One setting: where it sits in the file, the environment variable that overrides it, and whether it is a secret. */
    private enum Key {
        KAFKA_BOOTSTRAP("kafka.bootstrap_servers", "YUQING_KAFKA_BOOTSTRAP", false),
        KAFKA_PROTOCOL("kafka.security.protocol", "YUQING_KAFKA_SECURITY_PROTOCOL", false),
        KAFKA_SASL_MECHANISM("kafka.security.sasl_mechanism", "YUQING_KAFKA_SASL_MECHANISM", false),
        KAFKA_USERNAME("kafka.security.username", "YUQING_KAFKA_SASL_USERNAME", false),
        KAFKA_PASSWORD("kafka.security.password", "YUQING_KAFKA_SASL_PASSWORD", true),
        KAFKA_CA("kafka.security.ca_certificate", "YUQING_KAFKA_CA_CERTIFICATE", false),
        ELASTICSEARCH_URL("elasticsearch.url", "YUQING_ELASTICSEARCH_URL", false),
        ELASTICSEARCH_API_KEY("elasticsearch.api_key", "YUQING_ELASTICSEARCH_API_KEY", true),
        ELASTICSEARCH_CA("elasticsearch.ca_certificate", "YUQING_ELASTICSEARCH_CA_CERTIFICATE", false);

        final String path;
        final String environment;
        final boolean secret;

        Key(String path, String environment, boolean secret) {
            this.path = path;
            this.environment = environment;
            this.secret = secret;
        }
    }

    /** A value and where it came from, so that a mistake can be traced to the file or variable to fix. */
    private record Value(String text, String origin, String name) {
    }

    /**
     * The file's shape: its sections, and in each the keys a file may set (secrets only to refuse them). The
     * {@code alerts} section belongs to the analysis job, which binds it itself.
     */
    private record FileShape(KafkaSection kafka, ElasticsearchSection elasticsearch, JsonNode alerts,
                             @JsonAnySetter Map<String, JsonNode> unknown) {
        FileShape {
            if (unknown != null && !unknown.isEmpty()) {
                throw new InvalidSetting(unknown.keySet().iterator().next(), "is not a known section; expected one of "
                        + new TreeSet<>(Set.of("kafka", "elasticsearch", "alerts")), null);
            }
        }
    }

    private record KafkaSection(String bootstrapServers, SecuritySection security) {
    }

    private record SecuritySection(String protocol, String saslMechanism, String username, String password,
                                   String caCertificate) {
        SecuritySection {
            SettingChecks.absent("password", password, "set the environment variable " + Key.KAFKA_PASSWORD.environment);
        }
    }

    private record ElasticsearchSection(String url, String apiKey, String caCertificate) {
        ElasticsearchSection {
            SettingChecks.absent("api_key", apiKey, "set the environment variable " + Key.ELASTICSEARCH_API_KEY.environment);
        }
    }

    private SettingsLoader() {
    }

    public static Settings load(Path file, Map<String, String> environment) {
        Map<Key, Value> values = new HashMap<>();
        if (file != null) {
            fromFile(file, values);
        }
        for (Key key : Key.values()) {
            String text = environment.get(key.environment);
            if (text != null && !text.isBlank()) {
                values.put(key, new Value(text.trim(), "environment", key.environment));
            }
        }
        return new Resolved(values).settings();
    }

    /**
     * One section of the settings file, for the module that owns it to bind (the analysis job reads
     * {@code alerts}); a missing node when there is no file or no such section.
     */
    public static JsonNode section(Path file, String section) {
        if (file == null) {
            return MissingNode.getInstance();
        }
        JsonNode root = YamlSettings.tree(file);
        YamlSettings.bind(file.toString(), "", root, FileShape.class);
        return root.path(section);
    }

    private static void fromFile(Path file, Map<Key, Value> values) {
        String name = file.toString();
        FileShape shape = YamlSettings.read(file, FileShape.class);
        if (shape.kafka() != null) {
            put(values, Key.KAFKA_BOOTSTRAP, shape.kafka().bootstrapServers(), name);
            SecuritySection security = shape.kafka().security();
            if (security != null) {
                put(values, Key.KAFKA_PROTOCOL, security.protocol(), name);
                put(values, Key.KAFKA_SASL_MECHANISM, security.saslMechanism(), name);
                put(values, Key.KAFKA_USERNAME, security.username(), name);
                put(values, Key.KAFKA_CA, security.caCertificate(), name);
            }
        }
        if (shape.elasticsearch() != null) {
            put(values, Key.ELASTICSEARCH_URL, shape.elasticsearch().url(), name);
            put(values, Key.ELASTICSEARCH_CA, shape.elasticsearch().caCertificate(), name);
        }
    }

    private static void put(Map<Key, Value> values, Key key, String text, String file) {
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            throw new ConfigurationException(file, key.path, "must be a non-empty string", "''");
        }
        values.put(key, new Value(text.strip(), file, key.path));
    }

    /** The merged values, checked together: a protocol that logs in needs a mechanism, a user and a password. */
    private record Resolved(Map<Key, Value> values) {

        Settings settings() {
            KafkaConnection kafka = new KafkaConnection(
                    text(Key.KAFKA_BOOTSTRAP, Settings.LOCAL.kafkaBootstrapServers()), kafkaSecurity());
            URI url = values.containsKey(Key.ELASTICSEARCH_URL) ? httpUrl(values.get(Key.ELASTICSEARCH_URL))
                    : Settings.LOCAL.elasticsearchUrl();
            Path ca = certificate(Key.ELASTICSEARCH_CA);
            if (ca != null && !"https".equals(url.getScheme())) {
                throw error(Key.ELASTICSEARCH_CA, "is only used over TLS; expected elasticsearch.url to start with https://, "
                        + "found " + url);
            }
            return new Settings(kafka, new ElasticsearchConnection(url, text(Key.ELASTICSEARCH_API_KEY, null), ca));
        }

        private KafkaSecurity kafkaSecurity() {
            Protocol protocol = protocol();
            String mechanism = text(Key.KAFKA_SASL_MECHANISM, null);
            String username = text(Key.KAFKA_USERNAME, null);
            String password = text(Key.KAFKA_PASSWORD, null);
            if (protocol.sasl()) {
                if (mechanism == null || !KafkaSecurity.SASL_MECHANISMS.contains(mechanism.toUpperCase())) {
                    throw needed(Key.KAFKA_SASL_MECHANISM, "must be one of " + new TreeSet<>(KafkaSecurity.SASL_MECHANISMS)
                            + " when kafka.security.protocol is " + protocol, mechanism);
                }
                if (username == null) {
                    throw needed(Key.KAFKA_USERNAME, "must be set when kafka.security.protocol is " + protocol, null);
                }
                if (password == null) {
                    throw needed(Key.KAFKA_PASSWORD, "must be set in the environment (never in a file) when "
                            + "kafka.security.protocol is " + protocol, null);
                }
                mechanism = mechanism.toUpperCase();
            } else {
                for (Key key : List.of(Key.KAFKA_SASL_MECHANISM, Key.KAFKA_USERNAME, Key.KAFKA_PASSWORD)) {
                    if (values.containsKey(key)) {
                        throw error(key, "is a SASL login; expected kafka.security.protocol SASL_PLAINTEXT or SASL_SSL, "
                                + "found " + protocol);
                    }
                }
            }
            Path ca = certificate(Key.KAFKA_CA);
            if (ca != null && !protocol.tls()) {
                throw error(Key.KAFKA_CA, "is only used over TLS; expected kafka.security.protocol SSL or SASL_SSL, found "
                        + protocol);
            }
            return new KafkaSecurity(protocol, mechanism, username, password, ca);
        }

        private Protocol protocol() {
            Value value = values.get(Key.KAFKA_PROTOCOL);
            if (value == null) {
                return Protocol.PLAINTEXT;
            }
            try {
                return Protocol.valueOf(value.text().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(value.origin(), value.name(), "must be one of "
                        + Arrays.toString(Protocol.values()), value.text());
            }
        }

        private Path certificate(Key key) {
            Value value = values.get(key);
            if (value == null) {
                return null;
            }
            Path path = Path.of(value.text());
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new ConfigurationException(value.origin(), value.name(), "must be a readable PEM file", value.text());
            }
            return path;
        }

        private String text(Key key, String fallback) {
            Value value = values.get(key);
            return value == null ? fallback : value.text();
        }

        /**
         * A missing or wrong value that another one made necessary: named by the file that set the protocol, the
         * key to add there, or, for a secret, the environment variable.
         */
        private ConfigurationException needed(Key key, String expected, String found) {
            Value protocol = values.get(Key.KAFKA_PROTOCOL);
            Value value = values.get(key);
            String origin = value != null ? value.origin() : protocol.origin();
            String name = value != null ? value.name() : key.secret || origin.equals("environment") ? key.environment : key.path;
            return new ConfigurationException(origin, name, expected, found);
        }

        private ConfigurationException error(Key key, String expected) {
            Value value = values.get(key);
            return new ConfigurationException(value.origin(), value.name(), expected, null);
        }

        private static URI httpUrl(Value value) {
            try {
                URI uri = URI.create(value.text());
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException ignored) {
                // reported below with the file and key
            }
            throw new ConfigurationException(value.origin(), value.name(), "must be an http:// or https:// URL with a host",
                    value.text());
        }
    }
}
