package org.yuqing.crawler.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuqing.crawler.CrawlListener;
import org.yuqing.crawler.CrawlOptions;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.politeness.Politeness;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.LocalSite;
import org.yuqing.crawler.testing.TestClock;

class CrawlMetricsTest {

    @Test
    void countsPagesErrorsByKindRetriesAndTheRate() {
        TestClock clock = new TestClock();
        CrawlMetrics metrics = new CrawlMetrics(clock);

        metrics.fetched("http://a/1", 200, 1);
        metrics.fetched("http://a/2", 404, 0);
        metrics.failed("http://a/2", "http 404");
        metrics.failed("http://a/3", "io: ConnectException");
        metrics.failed("http://a/4", "timeout, host given up after 10 failures in a row");
        metrics.retrying("http://a/5", "http 503", Duration.ofSeconds(1));
        metrics.queued(Map.of("a", 7, "b", 0));
        clock.advance(Duration.ofSeconds(4));

        CrawlMetrics.Snapshot snapshot = metrics.snapshot();

        assertThat(snapshot.pages()).isEqualTo(2);
        assertThat(snapshot.pagesPerSecond()).isEqualTo(0.5);
        assertThat(snapshot.errorsByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("http 404", 1L, "io", 1L, "timeout", 1L));
        assertThat(snapshot.retries()).isEqualTo(1);
        assertThat(snapshot.queueDepthByHost()).containsEntry("a", 7);
    }

    @Test
    void listensToARealCrawl() throws Exception {
        try (LocalSite site = LocalSite.start()) {
            site.page("/index.html", "<a href=\"/gone.html\">旧</a><a href=\"/p.html\">新</a>");
            site.page("/p.html", "<table><tr><td>发文字号：</td><td>示政〔2026〕3号</td></tr></table>"
                    + "<div id=\"UCAP-CONTENT\"><p>一、总则。</p><p>二、附则。</p></div>");
            CrawlMetrics metrics = new CrawlMetrics(java.time.Clock.systemUTC());

            new Crawler(CrawlOptions.forHosts(Set.of(site.host()))).crawl(
                    Source.ofSeed(site.url("/index.html"), 10, Politeness.DEFAULT.withMinDelay(Duration.ZERO)),
                    new CollectingSink(), CrawlListener.SILENT.and(metrics));

            assertThat(metrics.snapshot().documents()).isEqualTo(1);
            assertThat(metrics.snapshot().errorsByKind()).containsEntry("http 404", 1L);
            assertThat(metrics.snapshot().queueDepthByHost()).containsEntry(site.host(), 0);
        }
    }
}
