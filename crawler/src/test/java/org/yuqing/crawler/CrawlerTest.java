package org.yuqing.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.LocalSite;

class CrawlerTest {

    private static final String POLICY = """
            <html><head><meta charset="utf-8"><title>通知</title></head><body>
            <table><tr><td>发文字号：</td><td>示政〔2026〕1号</td><td>发布日期：</td><td>2026年11月01日</td></tr></table>
            <div id="UCAP-CONTENT"><p>一、适用范围。</p><p>二、执行时间。</p></div>
            <a href="http://elsewhere.example/page.html">外站链接</a></body></html>""";

    private static final Map<String, String> PAGES = Map.of(
            "/robots.txt", "User-agent: *\nDisallow: /admin/\n",
            "/index.html", """
                    <html><body><a href="/policy.html">通知</a> <a href="/missing.html">失效链接</a>
                    <a href="/admin/secret.html">后台</a> <a href="/broken.html">坏页面</a></body></html>""",
            "/policy.html", POLICY,
            "/broken.html", "<html><body><table><tr><td>发文字号：<div><<<</body",
            "/admin/secret.html", POLICY);

    private LocalSite site;

    @BeforeEach
    void serve() throws Exception {
        site = LocalSite.start();
        PAGES.forEach((path, page) -> site.bytes(path, path.endsWith(".txt") ? "text/plain" : "text/html",
                page.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void obeysRobotsTxtStaysOnItsHostAndGoesOnPastBrokenPages() throws Exception {
        String host = site.host();
        CollectingSink sink = new CollectingSink();
        CrawlOptions options = CrawlOptions.forHosts(Set.of(host)).withMinDelayPerHost(Duration.ZERO);

        CrawlReport report = new Crawler(options).crawl(List.of("http://" + host + "/index.html"), "test", sink,
                CrawlListener.SILENT);

        assertThat(site.requests()).contains("/robots.txt", "/policy.html", "/missing.html", "/broken.html")
                .doesNotContain("/admin/secret.html");
        assertThat(sink.documents()).singleElement().satisfies(policy -> {
            assertThat(policy.kind()).isEqualTo(DocumentKind.POLICY);
            assertThat(policy.docNo()).isEqualTo("示政〔2026〕1号");
            assertThat(policy.fingerprint()).isNotBlank();
        });
        assertThat(report.failures()).containsEntry("http 404", 1);
    }
}
