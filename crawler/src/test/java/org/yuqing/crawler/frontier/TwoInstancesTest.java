package org.yuqing.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.CrawlListener;
import org.yuqing.crawler.CrawlOptions;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.state.InMemoryCrawlState;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.LocalSite;

class TwoInstancesTest {

    private static final String POLICY = """
            <html><head><meta charset="utf-8"><title>通知</title></head><body>
            <table><tr><td>发文字号：</td><td>示政〔2026〕%d号</td><td>发布日期：</td><td>2026年11月01日</td></tr></table>
            <div id="UCAP-CONTENT"><p>一、适用范围。</p><p>二、执行时间。</p></div></body></html>""";

    @Test
    void twoInstancesShareTheHostsWithoutEitherFetchingAHostTheOtherTakes() throws Exception {
        List<LocalSite> sites = new ArrayList<>();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (int s = 0; s < 6; s++) {
                LocalSite site = LocalSite.start()
                        .page("/index.html", "<html><body><a href=\"/a.html\">一</a> <a href=\"/b.html\">二</a></body></html>")
                        .page("/a.html", POLICY.formatted(10 * s + 1))
                        .page("/b.html", POLICY.formatted(10 * s + 2));
                sites.add(site);
            }
            Set<String> hosts = new HashSet<>();
            List<String> seeds = new ArrayList<>();
            for (LocalSite site : sites) {
                hosts.add(site.host());
                seeds.add(site.url("/index.html"));
            }
            CrawlOptions options = CrawlOptions.forHosts(hosts).withMinDelayPerHost(Duration.ZERO);
            List<CollectingSink> sinks = List.of(new CollectingSink(), new CollectingSink());
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HostPartition partition = new HostPartition(i, 2);
                CollectingSink sink = sinks.get(i);
                runs.add(instances.submit(() -> {
                    try (Crawler crawler = new Crawler(options, new InMemoryCrawlState(), partition)) {
                        return crawler.crawl(seeds, "two-instances", sink, CrawlListener.SILENT);
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }

            Set<String> first = hostsOf(sinks.get(0).documents());
            Set<String> second = hostsOf(sinks.get(1).documents());
            assertThat(first).doesNotContainAnyElementsOf(second);
            assertThat(sinks.get(0).documents().size() + sinks.get(1).documents().size()).isEqualTo(12);
            for (LocalSite site : sites) {
                // Each page was fetched once in all: by the one instance that owns the host.
                assertThat(site.requests()).filteredOn(path -> !path.equals("/robots.txt")).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrder("/index.html", "/a.html", "/b.html");
            }
        } finally {
            instances.shutdownNow();
            sites.forEach(LocalSite::close);
        }
    }

    @Test
    void everyHostBelongsToExactlyOneInstance() {
        HostPartition one = HostPartition.parse("1/2");
        HostPartition two = HostPartition.parse("2/2");
        for (int port = 8000; port < 8100; port++) {
            String host = "127.0.0.1:" + port;
            assertThat(one.owns(host)).isNotEqualTo(two.owns(host));
        }
        assertThat(HostPartition.ALL.owns("www.gov.cn")).isTrue();
    }

    private static Set<String> hostsOf(List<RawDocument> documents) {
        Set<String> hosts = new HashSet<>();
        documents.forEach(document -> hosts.add(Crawler.hostOf(document.url())));
        return hosts;
    }
}
