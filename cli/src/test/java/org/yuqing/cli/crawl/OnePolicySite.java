package org.yuqing.cli.crawl;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A portal on 127.0.0.1 with a list page linking one policy, 示政〔2026〕8号, and a sources file that crawls it. */
final class OnePolicySite implements AutoCloseable {

    private static final Map<String, String> PAGES = Map.of(
            "/zcwj/index.html", "<ul class=\"list\"><li><a href=\"/zcwj/p1.html\">一</a></li></ul><a href=\"/login.html\">登录</a>",
            "/zcwj/p1.html", """
                    <html><head><meta charset="utf-8"><title>通知</title></head><body>
                    <table><tr><td>发文字号：</td><td>示政〔2026〕8号</td><td>发布日期：</td><td>2026年11月20日</td></tr></table>
                    <div id="UCAP-CONTENT"><p>一、总则。</p><p>二、附则。</p></div></body></html>""");

    private final HttpServer server;

    private OnePolicySite(HttpServer server) {
        this.server = server;
    }

    static OnePolicySite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String page = PAGES.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new OnePolicySite(server);
    }

    /** The host and port the site answers on, as crawler instances split hosts by it. */
    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Writes the site's sources file into {@code dir}, naming the source {@code name}. */
    Path sourcesFile(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve("site.yml"), """
                name: %s
                seeds: [http://%s/zcwj/index.html]
                politeness: {min_delay: 0s}
                list_pages: [{url: /zcwj/index.html, links: ul.list a}]
                pages: [{url: /zcwj/p, kind: policy}]
                """.formatted(name, host()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
