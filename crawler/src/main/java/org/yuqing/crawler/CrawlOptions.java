package org.yuqing.crawler;

import java.time.Duration;
import java.util.Set;

/**
 * How a crawl behaves.
 *
 * @param allowedHosts hosts (with port, where not the default) the crawl may fetch from; it never leaves them
 * @param minDelayPerHost the least time between two requests to the same host
 */
public record CrawlOptions(Set<String> allowedHosts, int maxPages, Duration minDelayPerHost, Duration timeout,
                           int maxPageBytes) {

    public CrawlOptions {
        allowedHosts = Set.copyOf(allowedHosts);
    }

    public static CrawlOptions forHosts(Set<String> hosts) {
        return new CrawlOptions(hosts, 1000, Duration.ofSeconds(1), Duration.ofSeconds(20), 5 * 1024 * 1024);
    }

    public CrawlOptions withMaxPages(int value) {
        return new CrawlOptions(allowedHosts, value, minDelayPerHost, timeout, maxPageBytes);
    }

    public CrawlOptions withMinDelayPerHost(Duration value) {
        return new CrawlOptions(allowedHosts, maxPages, value, timeout, maxPageBytes);
    }

    public CrawlOptions withTimeout(Duration value) {
        return new CrawlOptions(allowedHosts, maxPages, minDelayPerHost, value, maxPageBytes);
    }

    public CrawlOptions withMaxPageBytes(int value) {
        return new CrawlOptions(allowedHosts, maxPages, minDelayPerHost, timeout, value);
    }
}
