package org.yuqing.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.crawler.fetch.FetchedPage;
import org.yuqing.crawler.testing.TestClock;

class RobotsCacheTest {

    private static final String SITE = "http://127.0.0.1:8080";

    private final TestClock clock = new TestClock();
    private final RobotsCache cache = new RobotsCache("yuqingbot", clock, Duration.ofMinutes(10));
    private final List<String> fetched = new ArrayList<>();

    @Test
    void theLongestMatchWinsAndAllowWinsATie() throws Exception {
        HostRobots rules = rules(200, """
                User-agent: *
                Disallow: /zwgk/
                Allow: /zwgk/zcwj/
                Disallow: /*.pdf$
                """);

        assertThat(rules.isAllowed(SITE + "/zwgk/zcwj/a.html")).isTrue();
        assertThat(rules.isAllowed(SITE + "/zwgk/rsxx/a.html")).isFalse();
        assertThat(rules.isAllowed(SITE + "/files/a.pdf")).isFalse();
        assertThat(rules.isAllowed(SITE + "/files/a.pdf.html")).isTrue();
    }

    @Test
    void ourOwnGroupReplacesTheStarGroupAndItsCrawlDelayIsRead() throws Exception {
        HostRobots rules = rules(200, """
                User-agent: *
                Disallow: /

                User-agent: YuqingBot
                Crawl-delay: 5
                Disallow: /search
                """);

        assertThat(rules.isAllowed(SITE + "/zcwj/a.html")).isTrue();
        assertThat(rules.isAllowed(SITE + "/search?q=1")).isFalse();
        assertThat(rules.crawlDelay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        assertThat(rules(404, "").isAllowed(SITE + "/anything")).isTrue();
    }

    @Test
    void aServerErrorDisallowsEverythingForAWhileThenItIsAskedAgain() throws Exception {
        HostRobots down = rules(503, "");
        assertThat(down.isAllowed(SITE + "/index.html")).isFalse();

        clock.advance(Duration.ofMinutes(5));
        assertThat(cache.rulesFor(SITE + "/index.html", url -> page(200, "")).isAllowed(SITE + "/index.html")).isFalse();

        clock.advance(Duration.ofMinutes(6));
        assertThat(cache.rulesFor(SITE + "/index.html", url -> page(200, "")).isAllowed(SITE + "/index.html")).isTrue();
    }

    @Test
    void anUnreachableRobotsTxtDisallowsEverything() throws Exception {
        HostRobots rules = cache.rulesFor(SITE + "/a.html", url -> {
            throw new ConnectException("refused");
        });

        assertThat(rules.isAllowed(SITE + "/a.html")).isFalse();
        assertThat(rules.why()).contains("unreachable");
    }

    @Test
    void robotsTxtIsFetchedOncePerHostAndKeptADay() throws Exception {
        rules(200, "User-agent: *\nDisallow: /admin/\n");
        cache.rulesFor(SITE + "/b.html", this::count);
        clock.advance(Duration.ofHours(23));
        cache.rulesFor(SITE + "/c.html", this::count);
        assertThat(fetched).hasSize(1);

        clock.advance(Duration.ofHours(2));
        cache.rulesFor(SITE + "/d.html", this::count);
        assertThat(fetched).hasSize(2);
    }

    @Test
    void aRedirectedRobotsTxtIsFollowed() throws Exception {
        HostRobots rules = cache.rulesFor(SITE + "/a.html", url -> url.endsWith("/robots.txt")
                ? new FetchedPage(SITE + "/static/robots.txt", 301, null, new byte[0], null)
                : page(200, "User-agent: *\nDisallow: /a.html\n"));

        assertThat(rules.isAllowed(SITE + "/a.html")).isFalse();
    }

    private HostRobots rules(int status, String body) throws Exception {
        return cache.rulesFor(SITE + "/index.html", url -> {
            fetched.add(url);
            return page(status, body);
        });
    }

    private FetchedPage count(String url) {
        fetched.add(url);
        return page(200, "User-agent: *\nDisallow: /admin/\n");
    }

    private static FetchedPage page(int status, String body) {
        return new FetchedPage(SITE + "/robots.txt", status, "text/plain", body.getBytes(StandardCharsets.UTF_8), null);
    }
}
