package org.yuqing.crawler.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.CrawlListener;
import org.yuqing.crawler.CrawlOptions;
import org.yuqing.crawler.CrawlReport;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.emit.DocumentSink;
import org.yuqing.crawler.politeness.Politeness;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.testing.GovCnPages;
import org.yuqing.crawler.testing.LocalSite;

/**
 * Fetch-and-extract throughput against a portal on 127.0.0.1 with politeness off: real gov.cn policy pages
 * (the ten of the test resources, each served under many URLs) behind list pages. Not a test: run it with
 * {@code crawler/bench.sh [pages]}. Prints pages per second of wall time and per core of CPU the crawl used
 * (the server's threads are left out of the CPU count, since in production the server is someone else's).
 */
public final class ThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        List<GovCnPages.Page> sample = GovCnPages.sample();
        List<GovCnPages.Page> many = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            GovCnPages.Page page = sample.get(i % sample.size());
            many.add(new GovCnPages.Page("content_" + i + ".html", page.fragment(), page.truth()));
        }
        try (LocalSite site = LocalSite.start()) {
            String seed = GovCnPages.servePortal(site, many, 20);
            Politeness off = new Politeness(Duration.ZERO, Duration.ZERO, Duration.ofMillis(10), 1);
            Source source = Source.ofSeed(seed, Integer.MAX_VALUE, off);
            CrawlOptions options = CrawlOptions.forHosts(Set.of(site.host()));

            run(new Crawler(options), source, "warm-up");
            run(new Crawler(options), source, "measured");
        }
    }

    private static void run(Crawler crawler, Source source, String label) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = crawlerCpuNanos(threads);
        long start = System.nanoTime();
        CrawlReport report = crawler.crawl(source, new Discard(), CrawlListener.SILENT);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (crawlerCpuNanos(threads) - cpuBefore) / 1e9;
        System.out.printf("%s: %d pages (%d documents) in %.2f s = %.0f pages/s; crawl CPU %.2f s = %.0f pages/s/core; failures %s%n",
                label, report.pagesFetched(), report.documents(), seconds, report.pagesFetched() / seconds, cpuSeconds,
                report.pagesFetched() / cpuSeconds, report.failures());
    }

    /** CPU time of every thread but the HTTP server's (named by com.sun.net.httpserver, or our pool's). */
    private static long crawlerCpuNanos(java.lang.management.ThreadMXBean threads) {
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !info.getThreadName().startsWith("pool-") && !info.getThreadName().startsWith("HTTP-Dispatcher")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    /** Counts nothing, keeps nothing: the sink's cost is not the crawler's. */
    private static final class Discard implements DocumentSink {
        @Override
        public void accept(RawDocument document) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
