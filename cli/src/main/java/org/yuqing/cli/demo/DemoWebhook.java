package org.yuqing.cli.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.yuqing.alerts.delivery.WebhookSignature;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.json.Json;

/**
 * What a responsible body's system would be: a webhook on loopback that checks the router's signature and prints
 * each alert it receives, so the demo shows an alert arriving where the drafter would see it.
 */
final class DemoWebhook implements AutoCloseable {

    private final HttpServer server;
    private final String secret;
    private final List<Alert> received = new CopyOnWriteArrayList<>();

    DemoWebhook(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String recipient) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + recipient);
    }

    List<Alert> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean signed = WebhookSignature.verify(secret,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER), body,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), Instant.now(),
                    Duration.ofMinutes(5));
            if (!signed) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Alert alert = Json.read(new String(body, java.nio.charset.StandardCharsets.UTF_8), Alert.class);
            received.add(alert);
            System.err.printf("  webhook %s <- %s v%d %s: %s%n", exchange.getRequestURI().getPath(), alert.type().name().toLowerCase(java.util.Locale.ROOT),
                    alert.version(), alert.severity(), alert.title());
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
