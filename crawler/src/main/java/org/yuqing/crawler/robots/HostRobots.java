package org.yuqing.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;

/**
 * One host's robots.txt as it applies to us, and until when it may be trusted before it is fetched again.
 *
 * @param expiresAt milliseconds since the epoch
 */
public record HostRobots(BaseRobotRules rules, long expiresAt, String why) {

    public boolean isAllowed(String url) {
        return rules.isAllowed(url);
    }

    /** The Crawl-delay it asks for, or null. */
    public Duration crawlDelay() {
        long delay = rules.getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? null : Duration.ofMillis(delay);
    }
}
