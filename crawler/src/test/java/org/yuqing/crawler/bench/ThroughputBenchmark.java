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
 * {@code crawler/bench.sh [pages] [rounds]}. Prints pages per second of wall time and per core of CPU the crawl
 * used (the server's threads are left out of the CPU count, since in production the server is someone else's),
 * for a warm-up and then each measured round.
 */
public final class ThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
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
            for (int round = 1; round <= rounds; round++) {
                run(new Crawler(options), source, "round " + round);
            }
        }
    }

    private static void run(Crawler crawler, Source source, String label) throws Exception {
        long cpuBefore = crawlCpuNanos();
        long start = System.nanoTime();
        CrawlReport report;
        try (crawler) {
            report = crawler.crawl(source, new Discard(), CrawlListener.SILENT);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (crawlCpuNanos() - cpuBefore) / 1e9;
        System.out.printf("%s: %d pages (%d documents) in %.2f s = %.0f pages/s; crawl CPU %.2f s = %.0f pages/s/core; failures %s%n",
                label, report.pagesFetched(), report.documents(), seconds, report.pagesFetched() / seconds, cpuSeconds,
                report.pagesFetched() / cpuSeconds, report.failures());
    }

    /**
     * CPU time of the whole process (GC and JIT included) less that of the test server's threads, which live as
     * long as the server (its fixed pool and its dispatcher), so their sum is comparable between two calls.
     */
    private static long crawlCpuNanos() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        long server = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("pool-") || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
                server += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return os.getProcessCpuTime() - server;
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
