package org.yuqing.cli.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small government portal, written for the demo in the style of real ones (policy pages with their metadata
 * table, interpretations, a message board with replies, comments, a page spammers hijacked), served on loopback
 * from the jar, its dates in the demo week.
 */
public final class DemoPortal implements AutoCloseable {

    /** A fixed port: document ids come from URLs, so a second demo run must see the same URLs. */
    public static final int DEFAULT_PORT = 18600;

    private static final String ROOT = "/demo-portal";

    private static final Pattern MESSAGE_PAGE = Pattern.compile("/hdjl/liuyan_(\\d+)\\.html");

    private final HttpServer server;
    private final DemoDates dates;
    private final DemoMessages messages;

    private DemoPortal(HttpServer server, DemoWeek week) {
        this.server = server;
        this.dates = new DemoDates(week);
        this.messages = DemoMessages.of(week);
    }

    /** The portal of the week that ends today. */
    public static DemoPortal start(int port) throws IOException {
        return start(port, DemoWeek.current());
    }

    public static DemoPortal start(int port, DemoWeek week) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        DemoPortal portal = new DemoPortal(server, week);
        server.createContext("/", portal::serve);
        server.start();
        return portal;
    }

    /** How many citizen messages the mailbox pages hold. */
    public int messages() {
        return messages.size();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/")) {
            path += "index.html";
        }
        byte[] body = path.contains("..") ? null : page(path);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            if (body == null) {
                byte[] notFound = "<html><body>404 页面不存在</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(404, notFound.length);
                out.write(notFound);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type",
                    path.endsWith(".txt") ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        }
    }

    /** The page at {@code path}, or null: a mailbox page, else a file of the jar with its dates filled in. */
    private byte[] page(String path) throws IOException {
        Matcher messagePage = MESSAGE_PAGE.matcher(path);
        if (messagePage.matches()) {
            String html = messages.page(Integer.parseInt(messagePage.group(1)));
            return html == null ? null : html.getBytes(StandardCharsets.UTF_8);
        }
        InputStream resource = DemoPortal.class.getResourceAsStream(ROOT + path);
        if (resource == null) {
            return null;
        }
        try (resource) {
            byte[] bytes = resource.readAllBytes();
            return path.endsWith(".html") ? dates.fill(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
