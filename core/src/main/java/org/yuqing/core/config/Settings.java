package org.yuqing.core.config;

import java.io.Serializable;
import java.net.URI;

/**
 * Where the services are and how to reach them safely. Read from a YAML file and the environment by
 * {@link SettingsLoader}; secrets, such as the Elasticsearch API key and the Kafka password, come only from the
 * environment.
 */
public record Settings(KafkaConnection kafka, ElasticsearchConnection elasticsearch) implements Serializable {

    public static final Settings LOCAL = new Settings("127.0.0.1:9092", URI.create("http://127.0.0.1:9200"), null);

    /** Plain-text Kafka and Elasticsearch without TLS: the local services and the tests. */
    public Settings(String kafkaBootstrapServers, URI elasticsearchUrl, String elasticsearchApiKey) {
        this(KafkaConnection.plaintext(kafkaBootstrapServers), ElasticsearchConnection.of(elasticsearchUrl, elasticsearchApiKey));
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public URI elasticsearchUrl() {
        return elasticsearch.url();
    }

    public String elasticsearchApiKey() {
        return elasticsearch.apiKey();
    }

    public Settings withKafkaBootstrapServers(String value) {
        return new Settings(new KafkaConnection(value, kafka.security()), elasticsearch);
    }

    public Settings withElasticsearchUrl(URI value) {
        return new Settings(kafka, new ElasticsearchConnection(value, elasticsearch.apiKey(), elasticsearch.caCertificate()));
    }
}
