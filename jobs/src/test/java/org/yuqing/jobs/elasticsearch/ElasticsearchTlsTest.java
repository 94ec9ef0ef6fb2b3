package org.yuqing.jobs.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.ElasticsearchConnection;

/**
 * The Elasticsearch clients over TLS, against a local https server whose certificate a test CA signed: with that
 * CA configured the client trusts it and sends the API key; without it the handshake is refused.
 */
class ElasticsearchTlsTest {

    private static final Path CA = resource("tls/ca.pem");
    private HttpsServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startHttpsServer() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getResourceAsStream("/tls/server.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/_cluster/health", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"cluster_name\":\"tls-test\",\"status\":\"green\",\"timed_out\":false,\"number_of_nodes\":1,\"number_of_data_nodes\":1,\"active_primary_shards\":0,\"active_shards\":0,\"relocating_shards\":0,\"initializing_shards\":0,\"unassigned_shards\":0,\"delayed_unassigned_shards\":0,\"number_of_pending_tasks\":0,\"number_of_in_flight_fetch\":0,\"task_max_waiting_in_queue_millis\":0,\"active_shards_percent_as_number\":100.0,\"unassigned_primary_shards\":0}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void withTheClustersCaCertificateTheClientTrustsItAndSendsTheApiKey() throws Exception {
        ElasticsearchConnection connection = new ElasticsearchConnection(url(), "a2V5OnNlY3JldA==", CA);

        try (RestClientTransport transport = ElasticsearchClients.transport(connection)) {
            assertThat(new ElasticsearchClient(transport).cluster().health().clusterName()).isEqualTo("tls-test");
        }
        assertThat(authorizations).containsExactly("ApiKey a2V5OnNlY3JldA==");
    }

    @Test
    void withoutTheCaCertificateTheHandshakeIsRefused() {
        assertThatThrownBy(() -> {
            try (RestClientTransport transport = ElasticsearchClients.transport(ElasticsearchConnection.of(url(), null))) {
                new ElasticsearchClient(transport).cluster().health();
            }
        }).hasCauseInstanceOf(SSLException.class)
                .rootCause().hasMessageContaining("unable to find valid certification path");
        assertThat(authorizations).isEmpty();
    }

    @Test
    void anUnreadableCaCertificateIsNamedWithItsSetting() {
        ElasticsearchConnection connection = new ElasticsearchConnection(url(), null, Path.of("/nowhere/ca.pem"));

        assertThatThrownBy(() -> ElasticsearchClients.transport(connection))
                .hasMessageContaining("/nowhere/ca.pem")
                .hasMessageContaining("elasticsearch.ca_certificate");
    }

    private URI url() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    private static Path resource(String name) {
        try {
            return Path.of(ElasticsearchTlsTest.class.getResource("/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
