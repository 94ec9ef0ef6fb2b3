package org.yuqing.crawler.robots;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yuqing.crawler.fetch.FetchedPage;

/**
 * Each host's robots.txt, fetched once and kept a day (RFC 9309, section 2.4), read by crawler-commons.
 * <ul>
 *   <li>2xx: its rules;</li>
 *   <li>4xx: no rules, everything allowed;</li>
 *   <li>5xx, 429 or unreachable: everything disallowed, and asked again after a while, since a site whose
 *       robots.txt is down may be down for a reason;</li>
 *   <li>redirects: followed up to five times.</li>
 * </ul>
 */
public final class RobotsCache {

    /** How robots.txt reaches us: through the crawler's own polite fetching. */
    @FunctionalInterface
    public interface Fetch {
        FetchedPage get(String url) throws IOException, InterruptedException;
    }

    public static final Duration KEEP = Duration.ofHours(24);
    public static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(10);
    private static final int MAX_REDIRECTS = 5;

    private final String robotName;
    private final Clock clock;
    private final Duration retryUnreachable;
    private final Map<String, HostRobots> byHost = new HashMap<>();
    // No limit here: the cap on Crawl-delay is politeness' to apply, not a reason to treat the site as closed.
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);

    public RobotsCache(String robotName, Clock clock, Duration retryUnreachable) {
        this.robotName = robotName;
        this.clock = clock;
        this.retryUnreachable = retryUnreachable;
    }

    /** The rules for the host of this URL, fetched through {@code fetch} if not known or expired. */
    public HostRobots rulesFor(String url, Fetch fetch) throws InterruptedException {
        URI uri = URI.create(url);
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        HostRobots known = byHost.get(origin);
        if (known != null && known.expiresAt() > clock.millis()) {
            return known;
        }
        HostRobots fresh = fetchRules(origin + "/robots.txt", fetch);
        byHost.put(origin, fresh);
        return fresh;
    }

    private HostRobots fetchRules(String robotsUrl, Fetch fetch) throws InterruptedException {
        String url = robotsUrl;
        try {
            for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
                FetchedPage page = fetch.get(url);
                if (page.isRedirect() && !page.url().equals(url)) {
                    url = page.url();
                    continue;
                }
                if (page.isSuccess()) {
                    return keep(parser.parseContent(robotsUrl, page.body(), "text/plain", List.of(robotName)), "robots.txt");
                }
                if (page.status() >= 400 && page.status() < 500 && page.status() != 429) {
                    return keep(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), "no robots.txt (" + page.status() + ")");
                }
                return closed("robots.txt answered " + page.status());
            }
            return keep(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), "robots.txt redirected too often");
        } catch (IOException | IllegalArgumentException e) {
            return closed("robots.txt unreachable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private HostRobots keep(SimpleRobotRules rules, String why) {
        return new HostRobots(rules, clock.millis() + KEEP.toMillis(), why);
    }

    private HostRobots closed(String why) {
        return new HostRobots(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), clock.millis() + retryUnreachable.toMillis(),
                why + ": everything disallowed for now");
    }
}
