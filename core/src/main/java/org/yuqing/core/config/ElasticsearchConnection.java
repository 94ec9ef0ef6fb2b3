package org.yuqing.core.config;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where Elasticsearch is and how to reach it: an API key (only from the environment) and, over https, the CA
 * certificate that signed the cluster's one (null trusts the JVM's CAs).
 */
public record ElasticsearchConnection(URI url, String apiKey, Path caCertificate) implements Serializable {

    public static ElasticsearchConnection of(URI url, String apiKey) {
        return new ElasticsearchConnection(url, apiKey, null);
    }

    public boolean tls() {
        return "https".equals(url.getScheme());
    }

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "ElasticsearchConnection[url=" + url + ", apiKey=" + (apiKey == null ? null : "***")
                + ", caCertificate=" + caCertificate + "]";
    }
}
