package org.yuqing.cli.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.config.ConfigurationException;
import picocli.CommandLine;

class CrawlCommandTest {

    private static final Map<String, String> SITE = Map.of(
            "/zcwj/index.html", "<ul class=\"list\"><li><a href=\"/zcwj/p1.html\">一</a></li></ul><a href=\"/login.html\">登录</a>",
            "/zcwj/p1.html", """
                    <html><head><meta charset="utf-8"><title>通知</title></head><body>
                    <table><tr><td>发文字号：</td><td>示政〔2026〕8号</td><td>发布日期：</td><td>2026年11月20日</td></tr></table>
                    <div id="UCAP-CONTENT"><p>一、总则。</p><p>二、附则。</p></div></body></html>""");

    @TempDir
    Path dir;
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String page = SITE.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
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
    void crawlsASourcesFileOnceAndARestartEmitsNothingUnchanged() throws Exception {
        Path sources = Files.writeString(dir.resolve("site.yml"), """
                name: 示例市
                seeds: [http://127.0.0.1:%d/zcwj/index.html]
                politeness: {min_delay: 0s}
                list_pages: [{url: /zcwj/index.html, links: ul.list a}]
                pages: [{url: /zcwj/p, kind: policy}]
                """.formatted(server.getAddress().getPort()));
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");

        assertThat(run("--sources", sources.toString(), "--once", "--state-dir", dir.resolve("state").toString(),
                "--out", first.toString())).isZero();
        assertThat(run("--sources", sources.toString(), "--once", "--state-dir", dir.resolve("state").toString(),
                "--out", second.toString())).isZero();

        List<String> records = Files.readAllLines(first);
        assertThat(records).singleElement().asString()
                .contains("\"kind\":\"policy\"", "\"source\":\"示例市\"", "\"doc_no\":\"示政〔2026〕8号\"",
                        "\"published_at\":\"2026-11-20\"", "\"integrity\":{\"hijacked\":false,\"evidence\":[]}");
        assertThat(Files.readAllLines(second)).isEmpty();
    }

    @Test
    void aBadSourcesFileIsAConfigurationErrorNamingTheFileAndKey() throws Exception {
        Path sources = Files.writeString(dir.resolve("bad.yml"), "seeds: [http://127.0.0.1:9/]\npoliteness: {min_delay: soon}\n");
        CommandLine command = new CommandLine(new CrawlCommand());
        Exception[] thrown = new Exception[1];
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            thrown[0] = e;
            return 2;
        });

        assertThat(command.execute("--sources", sources.toString(), "--once")).isEqualTo(2);
        assertThat(thrown[0]).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bad.yml").hasMessageContaining("'politeness.min_delay'");
    }

    @Test
    void seedAndSourcesTogetherAreRefused() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CrawlCommand()).setErr(new PrintWriter(err));

        assertThat(command.execute("--seed", "http://127.0.0.1:9/", "--sources", "x.yml")).isNotZero();
        assertThat(err.toString()).contains("either --seed URL or --sources FILE.yml");
    }

    private static int run(String... args) {
        return new CommandLine(new CrawlCommand()).execute(args);
    }
}
