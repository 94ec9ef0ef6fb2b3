package org.yuqing.crawler.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.crawler.CrawlOptions;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.politeness.Politeness;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.LocalSite;

/** A real crawl of a local site, its metrics scraped over 127.0.0.1 the way Prometheus does. */
class PrometheusCrawlMetricsTest {

    @Test
    void aCrawlsPagesFailuresRobotsBlocksQueueAndDelaysAreServedForPrometheus() throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        PrometheusCrawlMetrics metrics = new PrometheusCrawlMetrics(registry);
        try (LocalSite site = LocalSite.start();
             MetricsServer server = MetricsServer.start(new PrometheusEndpoint("127.0.0.1", 0), registry)) {
            site.page("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.05\n");
            site.page("/index.html", "<a href=\"/gone.html\">旧</a><a href=\"/p.html\">新</a><a href=\"/private/x.html\">内部</a>");
            site.page("/p.html", "<table><tr><td>发文字号：</td><td>示政〔2026〕3号</td></tr></table>"
                    + "<div id=\"UCAP-CONTENT\"><p>一、总则。</p><p>二、附则。</p></div>");

            new Crawler(CrawlOptions.forHosts(Set.of(site.host()))).crawl(
                    Source.ofSeed(site.url("/index.html"), 10, Politeness.DEFAULT.withMinDelay(Duration.ZERO)),
                    new CollectingSink(), metrics.listenerFor("local-site"));

            HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body().lines())
                    .contains("yuqing_crawler_pages_fetched_total{source=\"local-site\"} 2.0")
                    .contains("yuqing_crawler_documents_emitted_total{source=\"local-site\"} 1.0")
                    .contains("yuqing_crawler_pages_blocked_by_robots_total{source=\"local-site\"} 1.0")
                    .contains("yuqing_crawler_pages_failed_total{kind=\"disallowed\",source=\"local-site\"} 1.0")
                    .contains("yuqing_crawler_pages_failed_total{kind=\"http 404\",source=\"local-site\"} 1.0")
                    .contains("yuqing_crawler_queue_size{host=\"" + site.host() + "\",source=\"local-site\"} 0.0")
                    .contains("yuqing_crawler_host_delay_seconds{host=\"" + site.host() + "\",source=\"local-site\"} 0.05");
        }
    }
}
