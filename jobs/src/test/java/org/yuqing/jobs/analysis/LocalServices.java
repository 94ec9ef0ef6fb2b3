package org.yuqing.jobs.analysis;

import java.net.URI;

/** Where the integration tests find the real Kafka and Elasticsearch that deploy/local/services.sh starts. */
final class LocalServices {

    static final String KAFKA = System.getProperty("yuqing.kafka", "127.0.0.1:9092");
    static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));

    private LocalServices() {
    }
}
