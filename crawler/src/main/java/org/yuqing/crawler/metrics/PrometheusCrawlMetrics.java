package org.yuqing.crawler.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.CrawlListener;

/**
 * The crawler's metrics for Prometheus, labelled by source (one YAML file, one site): pages fetched, failed by
 * kind of error and blocked by robots.txt, documents emitted, retries, URLs queued and the gap kept per host.
 * One instance per process holds the metric families; {@link #listenerFor} gives each site's crawl its listener.
 */
public final class PrometheusCrawlMetrics {

    private final Counter pagesFetched;
    private final Counter pagesFailed;
    private final Counter pagesBlockedByRobots;
    private final Counter documentsEmitted;
    private final Counter retries;
    private final Gauge queueSize;
    private final Gauge hostDelay;

    public PrometheusCrawlMetrics(PrometheusRegistry registry) {
        pagesFetched = Counter.builder().name("yuqing_crawler_pages_fetched_total")
                .help("Pages fetched and read (HTML, not modified, redirects); the others count as failed")
                .labelNames("source").register(registry);
        pagesFailed = Counter.builder().name("yuqing_crawler_pages_failed_total")
                .help("URLs given up for this crawl, by kind of error").labelNames("source", "kind").register(registry);
        pagesBlockedByRobots = Counter.builder().name("yuqing_crawler_pages_blocked_by_robots_total")
                .help("URLs not fetched because robots.txt disallows them").labelNames("source").register(registry);
        documentsEmitted = Counter.builder().name("yuqing_crawler_documents_emitted_total")
                .help("Documents produced to Kafka").labelNames("source").register(registry);
        retries = Counter.builder().name("yuqing_crawler_retries_total")
                .help("Fetches tried again after a timeout, 429 or 5xx").labelNames("source").register(registry);
        queueSize = Gauge.builder().name("yuqing_crawler_queue_size")
                .help("URLs waiting to be fetched, per host").labelNames("source", "host").register(registry);
        hostDelay = Gauge.builder().name("yuqing_crawler_host_delay_seconds")
                .help("Gap kept between two requests to the host (least delay or robots.txt Crawl-delay)")
                .labelNames("source", "host").register(registry);
    }

    /** The listener for one source's crawl. */
    public CrawlListener listenerFor(String source) {
        return new CrawlListener() {
            private final Set<String> queuedHosts = new HashSet<>();

            @Override
            public void fetched(String url, int status, int documents) {
                pagesFetched.labelValues(source).inc();
            }

            @Override
            public void emitted(RawDocument document) {
                documentsEmitted.labelValues(source).inc();
            }

            @Override
            public void failed(String url, String reason) {
                String kind = CrawlMetrics.kindOf(reason);
                pagesFailed.labelValues(source, kind).inc();
                if (kind.equals("disallowed")) {
                    pagesBlockedByRobots.labelValues(source).inc();
                }
            }

            @Override
            public void retrying(String url, String reason, Duration wait) {
                retries.labelValues(source).inc();
            }

            @Override
            public synchronized void queued(Map<String, Integer> depthByHost) {
                // A host whose queue emptied drops out of the map; it must read 0, not its last depth.
                for (String host : queuedHosts) {
                    if (!depthByHost.containsKey(host)) {
                        queueSize.labelValues(source, host).set(0);
                    }
                }
                depthByHost.forEach((host, depth) -> queueSize.labelValues(source, host).set(depth));
                queuedHosts.addAll(depthByHost.keySet());
            }

            @Override
            public void paced(String host, Duration gap) {
                hostDelay.labelValues(source, host).set(gap.toMillis() / 1000.0);
            }
        };
    }
}
