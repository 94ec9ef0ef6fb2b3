package org.yuqing.crawler.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.CrawlListener;

/**
 * Counts what a crawler does, for whoever watches it: pages and documents (and their rate), errors by kind,
 * retries, and the URLs waiting per host. It listens to the crawl like any {@link CrawlListener}; a scrape
 * endpoint or a log line reads {@link #snapshot()}.
 */
public final class CrawlMetrics implements CrawlListener {

    /** What the counters say at one moment. */
    public record Snapshot(long pages, long documents, double pagesPerSecond, Map<String, Long> errorsByKind,
                           long retries, Map<String, Integer> queueDepthByHost) {

        public Snapshot {
            errorsByKind = Map.copyOf(errorsByKind);
            queueDepthByHost = Map.copyOf(queueDepthByHost);
        }

        /** One line for a log. */
        public String line() {
            return String.format("%d pages (%.1f/s), %d documents, %d retries, errors %s, queued %s", pages,
                    pagesPerSecond, documents, retries, new TreeMap<>(errorsByKind), new TreeMap<>(queueDepthByHost));
        }
    }

    private final Clock clock;
    private final long startedAt;
    private long pages;
    private long documents;
    private long retries;
    private final Map<String, Long> errorsByKind = new TreeMap<>();
    private Map<String, Integer> queueDepthByHost = Map.of();

    public CrawlMetrics(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.millis();
    }

    @Override
    public synchronized void fetched(String url, int status, int found) {
        pages++;
    }

    @Override
    public synchronized void emitted(RawDocument document) {
        documents++;
    }

    @Override
    public synchronized void failed(String url, String reason) {
        errorsByKind.merge(kindOf(reason), 1L, Long::sum);
    }

    @Override
    public synchronized void retrying(String url, String reason, Duration wait) {
        retries++;
    }

    @Override
    public synchronized void queued(Map<String, Integer> depthByHost) {
        queueDepthByHost = depthByHost;
    }

    public synchronized Snapshot snapshot() {
        double seconds = Math.max(1, clock.millis() - startedAt) / 1000.0;
        return new Snapshot(pages, documents, pages / seconds, errorsByKind, retries, queueDepthByHost);
    }

    /**
     * The kind of an error, without its particulars: "http 404", "timeout", "io", "too large", "disallowed",
     * "unreadable page", "not html".
     */
    static String kindOf(String reason) {
        int cut = reason.length();
        for (char c : new char[] {':', ','}) {
            int at = reason.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return reason.substring(0, cut).strip();
    }
}
