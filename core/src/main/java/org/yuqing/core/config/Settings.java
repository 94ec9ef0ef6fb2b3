package org.yuqing.core.config;

import java.net.URI;

/**
 * Where the services are. Read from a YAML file and the environment by {@link SettingsLoader}; secrets, such as
 * the Elasticsearch API key, come only from the environment.
 */
public record Settings(String kafkaBootstrapServers, URI elasticsearchUrl, String elasticsearchApiKey) {

    public static final Settings LOCAL = new Settings("127.0.0.1:9092", URI.create("http://127.0.0.1:9200"), null);

    public Settings withKafkaBootstrapServers(String value) {
        return new Settings(value, elasticsearchUrl, elasticsearchApiKey);
    }

    public Settings withElasticsearchUrl(URI value) {
        return new Settings(kafkaBootstrapServers, value, elasticsearchApiKey);
    }
}
