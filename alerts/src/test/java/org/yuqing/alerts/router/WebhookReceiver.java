package org.yuqing.alerts.router;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.yuqing.alerts.delivery.WebhookSignature;

/**
 * A webhook receiver as a recipient would run one, on 127.0.0.1: it checks the signature over the body as
 * received and refuses (401) what does not verify. It can answer 503 to the first request of a delivery, so
 * that the router's retry is exercised.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A request that verified. */
    record Delivery(String path, String delivery, String notice, String body) {
    }

    private final HttpServer server;
    private final String secret;
    private final List<Delivery> accepted = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Set<String> failOnceFor = ConcurrentHashMap.newKeySet();

    WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The first request carrying this delivery id gets a 503. */
    void failFirstAttemptOf(String deliveryId) {
        failOnceFor.add(deliveryId);
    }

    List<Delivery> accepted() {
        return List.copyOf(accepted);
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String delivery = exchange.getRequestHeaders().getFirst("X-Yuqing-Delivery");
        boolean verified = WebhookSignature.verify(secret,
                exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER), body,
                exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), Instant.now(), Duration.ofMinutes(5));
        int status;
        if (!verified || !"POST".equals(exchange.getRequestMethod())) {
            refused.add(delivery);
            status = 401;
        } else if (failOnceFor.remove(delivery)) {
            status = 503;
        } else {
            accepted.add(new Delivery(exchange.getRequestURI().getPath(), delivery,
                    exchange.getRequestHeaders().getFirst("X-Yuqing-Notice"), new String(body, java.nio.charset.StandardCharsets.UTF_8)));
            status = 200;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
