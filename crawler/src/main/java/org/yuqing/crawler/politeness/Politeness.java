package org.yuqing.crawler.politeness;

import java.time.Duration;

/**
 * How gently a crawl treats a site's hosts.
 *
 * @param minDelay the least time between two requests to one host
 * @param maxCrawlDelay the most a robots.txt Crawl-delay may make us wait between requests; a longer one is cut
 *     to this, so that one site cannot stall its crawl for hours
 */
public record Politeness(Duration minDelay, Duration maxCrawlDelay) {

    public static final Politeness DEFAULT = new Politeness(Duration.ofSeconds(1), Duration.ofSeconds(30));
}
