package org.yuqing.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.core.json.Json;

/**
 * Builds every Elasticsearch client of the project from one {@link ElasticsearchConnection}: its URL, the API key
 * from the environment where security is on, and over https the CA certificate that signed the cluster's one.
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    public static RestClientTransport transport(ElasticsearchConnection connection) {
        return new RestClientTransport(builder(connection).build(), new JacksonJsonpMapper(Json.mapper()));
    }

    /** A plain connection without a CA certificate of its own (the local services, the tests). */
    public static RestClientTransport transport(URI url, String apiKey) {
        return transport(ElasticsearchConnection.of(url, apiKey));
    }

    /** The low-level client's settings: host, authorization header and TLS trust. */
    static RestClientBuilder builder(ElasticsearchConnection connection) {
        URI url = connection.url();
        RestClientBuilder builder = RestClient.builder(new HttpHost(url.getHost(), port(url), url.getScheme()));
        if (connection.apiKey() != null && !connection.apiKey().isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + connection.apiKey())});
        }
        if (connection.caCertificate() != null) {
            SSLContext tls = sslContext(connection);
            builder.setHttpClientConfigCallback(http -> http.setSSLContext(tls));
        }
        return builder;
    }

    private static SSLContext sslContext(ElasticsearchConnection connection) {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(connection.caCertificate().toFile());
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read the Elasticsearch CA certificate "
                    + connection.caCertificate() + " (elasticsearch.ca_certificate): " + e.getMessage(), e));
        }
    }

    public static ElasticsearchClient blocking(ElasticsearchConnection connection) {
        return new ElasticsearchClient(transport(connection));
    }

    public static ElasticsearchAsyncClient async(ElasticsearchConnection connection) {
        return new ElasticsearchAsyncClient(transport(connection));
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 9200;
    }
}
