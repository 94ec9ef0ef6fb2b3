package org.yuqing.crawler.politeness;

import java.time.Duration;
import org.yuqing.core.retry.Backoff;

/**
 * How gently a crawl treats a site's hosts.
 *
 * @param minDelay the least time between two requests to one host
 * @param maxCrawlDelay the most a robots.txt Crawl-delay may make us wait between requests; a longer one is cut
 *     to this, so that one site cannot stall its crawl for hours
 * @param backoff the first wait after a failure (a 429 or 503 without Retry-After, a timeout); it doubles with
 *     each failure in a row on the host
 * @param maxAttempts how often one URL is tried before it is given up for this crawl
 */
public record Politeness(Duration minDelay, Duration maxCrawlDelay, Duration backoff, int maxAttempts) {

    public static final Politeness DEFAULT =
            new Politeness(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2), 3);
    /** The longest any single wait may be: a Retry-After of a day is not worth holding a crawl for. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(10);

    public Politeness withMinDelay(Duration value) {
        return new Politeness(value, maxCrawlDelay, backoff, maxAttempts);
    }

    public Politeness withBackoff(Duration value) {
        return new Politeness(minDelay, maxCrawlDelay, value, maxAttempts);
    }

    /** The gap between two requests to a host whose robots.txt asks for {@code crawlDelay} (null if it does not). */
    public Duration gap(Duration crawlDelay) {
        if (crawlDelay == null) {
            return minDelay;
        }
        Duration capped = crawlDelay.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : crawlDelay;
        return capped.compareTo(minDelay) > 0 ? capped : minDelay;
    }

    /** The wait after the n-th failure in a row (n from 1): backoff, doubled each time, at most {@link #MAX_WAIT}. */
    public Duration backoffAfter(int failuresInARow) {
        return new Backoff(backoff, MAX_WAIT).delayAfter(Math.max(1, failuresInARow));
    }
}
