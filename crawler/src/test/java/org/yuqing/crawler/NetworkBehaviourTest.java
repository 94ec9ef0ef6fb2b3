package org.yuqing.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.retry.Sleeper;
import org.yuqing.crawler.politeness.Politeness;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.state.InMemoryCrawlState;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.LocalSite;
import org.yuqing.crawler.testing.TestClock;

/**
 * How the crawler behaves towards servers, against a site on 127.0.0.1 that misbehaves on purpose. The crawler
 * waits for a host's turn through a sleeper that moves a test clock, so the gaps it keeps are asserted exactly,
 * on the clock it reads, whatever the machine's load.
 */
class NetworkBehaviourTest {

    private static final String POLICY = """
            <html><head><meta charset="utf-8"><title>通知</title></head><body>
            <table><tr><td>发文字号：</td><td>示政〔2026〕%s号</td><td>发布日期：</td><td>2026年11月01日</td></tr></table>
            <div id="UCAP-CONTENT"><p>一、适用范围。</p><p>二、执行时间：%s。</p></div></body></html>""";

    private static final Politeness QUICK = new Politeness(Duration.ZERO, Duration.ofSeconds(30), Duration.ofMillis(100), 3);

    private final LocalSite site = startSite();
    private final TestClock clock = new TestClock();
    private final Sleeper movesTheClock = clock::advance;
    private final Map<String, List<Long>> requestTimes = new ConcurrentHashMap<>();
    /** Holds a slow server's answer until the test ends, so that only a timeout can end the request. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        site.close();
    }

    @Test
    void honoursCrawlDelayButNoLongerThanTheCap() throws Exception {
        site.bytes("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 5\n".getBytes(StandardCharsets.UTF_8));
        index("/a.html", "/b.html", "/c.html");
        for (String page : List.of("/a.html", "/b.html", "/c.html")) {
            timed(page, 200, policy(page));
        }
        Politeness capped = new Politeness(Duration.ZERO, Duration.ofMillis(400), Duration.ofMillis(100), 3);

        crawl(capped);

        long first = requestTimes.get("/a.html").get(0);
        long second = requestTimes.get("/b.html").get(0);
        long third = requestTimes.get("/c.html").get(0);
        assertThat(second - first).isEqualTo(400L);
        assertThat(third - second).isEqualTo(400L);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysThenTriesAgain() throws Exception {
        index("/busy.html");
        AtomicInteger calls = new AtomicInteger();
        site.handle("/busy.html", exchange -> {
            record("/busy.html");
            if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                LocalSite.respond(exchange, 503, "text/plain", "down for maintenance".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalSite.respond(exchange, 200, "text/html; charset=utf-8", policy("busy").getBytes(StandardCharsets.UTF_8));
            }
        });

        CrawlReport report = crawl(QUICK);

        List<Long> times = requestTimes.get("/busy.html");
        assertThat(times).hasSize(2);
        assertThat(times.get(1) - times.get(0)).isEqualTo(1_000L);
        assertThat(report.documentsByKind()).containsEntry(DocumentKind.POLICY, 1);
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void backsOffFromRepeated429sAndGivesTheUrlUpAfterItsAttempts() throws Exception {
        index("/limited.html");
        timed("/limited.html", 429, "too many requests");

        CrawlReport report = crawl(QUICK);

        List<Long> times = requestTimes.get("/limited.html");
        assertThat(times).hasSize(3);
        assertThat(times.get(1) - times.get(0)).isEqualTo(100L);
        assertThat(times.get(2) - times.get(1)).isEqualTo(200L); // doubled
        assertThat(report.failures()).containsEntry("http 429", 1);
    }

    @Test
    void aTimeoutA404AndAnOversizedPageDoNotStopTheCrawl() throws Exception {
        index("/slow.html", "/missing.html", "/huge.html", "/broken.html", "/fine.html");
        site.handle("/slow.html", exchange -> {
            awaitRelease();
            LocalSite.respond(exchange, 200, "text/html", policy("slow").getBytes(StandardCharsets.UTF_8));
        });
        site.bytes("/huge.html", "text/html", ("<html><body>" + "数据".repeat(400_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        site.page("/broken.html", "<html><body><table><tr><td>发文字号：<div><<<</body");
        site.page("/fine.html", policy("fine"));
        CrawlOptions options = CrawlOptions.forHosts(java.util.Set.of(site.host()))
                .withTimeout(Duration.ofMillis(300)).withMaxPageBytes(1 << 20);
        Politeness once = new Politeness(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(50), 1);
        CollectingSink sink = new CollectingSink();

        CrawlReport report = crawler(options).crawl(Source.ofSeed(site.url("/index.html"), 100, once), sink,
                CrawlListener.SILENT);

        assertThat(sink.documents()).singleElement().satisfies(d -> assertThat(d.docNo()).isEqualTo("示政〔2026〕fine号"));
        assertThat(report.failures()).containsOnlyKeys("timeout", "http 404", "too large");
    }

    @Test
    void aServerThatTricklesItsBodyTimesOutToo() throws Exception {
        index("/trickle.html", "/fine.html");
        AtomicBoolean stillSending = new AtomicBoolean();
        site.handle("/trickle.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("<html><body>".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            stillSending.set(true);
            awaitRelease();
            stillSending.set(false);
            exchange.close();
        });
        site.page("/fine.html", policy("fine"));
        CrawlOptions options = CrawlOptions.forHosts(java.util.Set.of(site.host())).withTimeout(Duration.ofMillis(300));
        Politeness once = new Politeness(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(50), 1);

        CrawlReport report = crawler(options).crawl(Source.ofSeed(site.url("/index.html"), 100, once),
                new CollectingSink(), CrawlListener.SILENT);

        assertThat(report.failures()).containsOnlyKeys("timeout");
        assertThat(report.documents()).isEqualTo(1);
        assertThat(stillSending).as("the crawl gave up while the server was still sending").isTrue();
    }

    @Test
    void asksOneHostForOnePageAtATime() throws Exception {
        String[] paths = new String[12];
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        for (int i = 0; i < paths.length; i++) {
            paths[i] = "/p" + i + ".html";
            String body = policy(String.valueOf(i));
            site.handle(paths[i], exchange -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                sleep(20);
                inFlight.decrementAndGet();
                LocalSite.respond(exchange, 200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
            });
        }
        index(paths);

        CrawlReport report = crawl(QUICK);

        assertThat(report.documents()).isEqualTo(12);
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void followsRedirectsOnlyWithinTheAllowedHosts() throws Exception {
        index("/old.html", "/away.html");
        redirect("/old.html", site.url("/new.html"));
        redirect("/away.html", "http://127.0.0.2:" + site.host().split(":")[1] + "/elsewhere.html");
        site.page("/new.html", policy("new"));

        CollectingSink sink = new CollectingSink();
        new Crawler(CrawlOptions.forHosts(java.util.Set.of(site.host())))
                .crawl(Source.ofSeed(site.url("/index.html"), 100, QUICK), sink, CrawlListener.SILENT);

        assertThat(site.requests()).contains("/old.html", "/new.html", "/away.html").doesNotContain("/elsewhere.html");
        assertThat(sink.documents()).singleElement().satisfies(d -> assertThat(d.url()).endsWith("/new.html"));
    }

    @Test
    void aRecrawlEmitsOnlyWhatChangedAndAsksWithTheValidators() throws Exception {
        index("/etag.html", "/plain.html");
        AtomicReference<String> version = new AtomicReference<>("v1");
        List<String> conditional = new ArrayList<>();
        site.handle("/etag.html", exchange -> {
            String tag = "\"" + version.get() + "\"";
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            synchronized (conditional) {
                conditional.add(String.valueOf(ifNoneMatch));
            }
            exchange.getResponseHeaders().set("ETag", tag);
            if (tag.equals(ifNoneMatch)) {
                LocalSite.respond(exchange, 304, null, new byte[0]);
            } else {
                LocalSite.respond(exchange, 200, "text/html; charset=utf-8",
                        policy(version.get()).getBytes(StandardCharsets.UTF_8));
            }
        });
        site.page("/plain.html", policy("plain")); // no validators: the content hash tells it is unchanged
        Crawler crawler = new Crawler(CrawlOptions.forHosts(java.util.Set.of(site.host())));
        Source source = Source.ofSeed(site.url("/index.html"), 100, QUICK);

        CrawlReport first = crawler.crawl(source, new CollectingSink(), CrawlListener.SILENT);
        CrawlReport second = crawler.crawl(source, new CollectingSink(), CrawlListener.SILENT);
        version.set("v2");
        CollectingSink third = new CollectingSink();
        crawler.crawl(source, third, CrawlListener.SILENT);

        assertThat(first.documents()).isEqualTo(2);
        assertThat(second.documents()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(conditional).containsExactly("null", "\"v1\"", "\"v1\"");
        assertThat(third.documents()).singleElement().satisfies(d -> assertThat(d.docNo()).isEqualTo("示政〔2026〕v2号"));
    }

    // --- the site ---

    private static LocalSite startSite() {
        try {
            return LocalSite.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void index(String... paths) {
        StringBuilder html = new StringBuilder("<html><body><ul>");
        for (String path : paths) {
            html.append("<li><a href=\"").append(path).append("\">").append(path).append("</a></li>");
        }
        site.page("/index.html", html.append("</ul></body></html>").toString());
    }

    private void timed(String path, int status, String body) {
        site.handle(path, exchange -> {
            record(path);
            LocalSite.respond(exchange, status, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        });
    }

    private void redirect(String path, String location) {
        site.handle(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            LocalSite.respond(exchange, 301, null, new byte[0]);
        });
    }

    private void record(String path) {
        requestTimes.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(clock.millis());
    }

    private static String policy(String number) {
        return POLICY.formatted(number, number);
    }

    private Crawler crawler(CrawlOptions options) {
        return new Crawler(options, new InMemoryCrawlState(), clock, movesTheClock);
    }

    private CrawlReport crawl(Politeness politeness) throws Exception {
        return crawler(CrawlOptions.forHosts(java.util.Set.of(site.host())))
                .crawl(Source.ofSeed(site.url("/index.html"), 100, politeness), new CollectingSink(), CrawlListener.SILENT);
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
