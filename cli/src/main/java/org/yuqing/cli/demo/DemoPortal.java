package org.yuqing.cli.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A small government portal, written for the demo in the style of real ones (policy pages with their metadata
 * table, an interpretation, a message board with replies, comments), served on loopback from the jar.
 */
public final class DemoPortal implements AutoCloseable {

    /** A fixed port: document ids come from URLs, so a second demo run must see the same URLs. */
    public static final int DEFAULT_PORT = 18600;

    private static final String ROOT = "/demo-portal";

    private final HttpServer server;

    private DemoPortal(HttpServer server) {
        this.server = server;
    }

    public static DemoPortal start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", DemoPortal::serve);
        server.start();
        return new DemoPortal(server);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/")) {
            path += "index.html";
        }
        InputStream resource = path.contains("..") ? null : DemoPortal.class.getResourceAsStream(ROOT + path);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            if (resource == null) {
                byte[] notFound = "<html><body>404 页面不存在</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(404, notFound.length);
                out.write(notFound);
                return;
            }
            byte[] body;
            try (resource) {
                body = resource.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type",
                    path.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
