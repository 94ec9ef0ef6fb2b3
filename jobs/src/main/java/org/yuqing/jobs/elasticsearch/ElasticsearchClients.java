package org.yuqing.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.yuqing.core.json.Json;

/** Builds Elasticsearch clients from a URL and, where security is on, an API key from the environment. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    public static RestClientTransport transport(URI url, String apiKey) {
        RestClientBuilder builder = RestClient.builder(new HttpHost(url.getHost(), port(url), url.getScheme()));
        if (apiKey != null && !apiKey.isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey)});
        }
        // Documents read back from Elasticsearch are in the project's one JSON form (snake_case names).
        return new RestClientTransport(builder.build(), new JacksonJsonpMapper(Json.mapper()));
    }

    public static ElasticsearchClient blocking(URI url, String apiKey) {
        return new ElasticsearchClient(transport(url, apiKey));
    }

    public static ElasticsearchAsyncClient async(URI url, String apiKey) {
        return new ElasticsearchAsyncClient(transport(url, apiKey));
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 9200;
    }
}
