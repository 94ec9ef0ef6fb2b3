package org.yuqing.crawler.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A web site on 127.0.0.1 for tests: pages by path (with query), handlers for odd behaviour, and a request log. */
public final class LocalSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    private LocalSite(HttpServer server) {
        this.server = server;
    }

    public static LocalSite start() throws IOException {
        // The JDK server writes headers and body apart; without this, Nagle's algorithm and delayed ACKs add
        // 40 ms to every response on loopback.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        LocalSite site = new LocalSite(server);
        server.createContext("/", site::dispatch);
        // Several threads, so that a page made slow on purpose does not hold up the others.
        server.setExecutor(site.threads);
        server.start();
        return site;
    }

    public LocalSite page(String path, String html) {
        return bytes(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public LocalSite bytes(String path, String contentType, byte[] body) {
        return handle(path, exchange -> respond(exchange, 200, contentType, body));
    }

    public LocalSite handle(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    public String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://" + host() + path;
    }

    /** Paths requested so far, in order. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String key = query == null ? path : path + "?" + query;
        synchronized (requests) {
            requests.add(key);
        }
        HttpHandler handler = routes.get(key);
        if (handler == null) {
            respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
            handler.handle(exchange);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
