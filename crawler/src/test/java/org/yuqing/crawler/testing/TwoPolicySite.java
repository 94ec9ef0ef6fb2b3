package org.yuqing.crawler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.CrawlListener;
import org.yuqing.crawler.CrawlOptions;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.politeness.Politeness;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.state.CrawlState;

/**
 * A local site with a list page linking two policies, 示政〔2026〕1号 and 2号, the second of which can change
 * between crawls: for the tests of what a crawl state makes a re-crawl emit.
 */
public final class TwoPolicySite implements AutoCloseable {

    private final LocalSite site;
    private final AtomicReference<String> secondClause = new AtomicReference<>("二、自发布之日起施行。");

    private TwoPolicySite(LocalSite site) {
        this.site = site;
        site.page("/index.html", "<a href=\"/p1.html\">一</a><a href=\"/p2.html\">二</a>");
        site.page("/p1.html", policy("1", "一、适用于全市。"));
        site.handle("/p2.html", exchange -> LocalSite.respond(exchange, 200, "text/html; charset=utf-8",
                policy("2", secondClause.get()).getBytes(StandardCharsets.UTF_8)));
    }

    public static TwoPolicySite start() throws IOException {
        return new TwoPolicySite(LocalSite.start());
    }

    public Source source() {
        return Source.ofSeed(site.url("/index.html"), 100, Politeness.DEFAULT.withMinDelay(Duration.ZERO));
    }

    public String host() {
        return site.host();
    }

    private void changeSecondPolicy(String clause) {
        secondClause.set(clause);
    }

    /** Opens the state a crawler starts with, as a process just started would. */
    @FunctionalInterface
    public interface StateOpener {
        CrawlState open() throws Exception;
    }

    /**
     * What a state that survives restarts must do: crawled three times, each time by a new crawler over a state
     * opened afresh, the site gives both policies, then nothing, then the second policy once it has changed.
     */
    public void assertRestartedCrawlersEmitOnlyWhatChanged(StateOpener opener) throws Exception {
        List<RawDocument> first = crawlWith(opener);
        List<RawDocument> afterRestart = crawlWith(opener);
        changeSecondPolicy("二、自2027年1月1日起施行。");
        List<RawDocument> afterChange = crawlWith(opener);

        assertThat(first).extracting(RawDocument::docNo).containsExactlyInAnyOrder("示政〔2026〕1号", "示政〔2026〕2号");
        assertThat(afterRestart).isEmpty();
        assertThat(afterChange).singleElement()
                .satisfies(d -> assertThat(d.docNo()).isEqualTo("示政〔2026〕2号"))
                .satisfies(d -> assertThat(d.text()).contains("2027年1月1日"));
    }

    private List<RawDocument> crawlWith(StateOpener opener) throws Exception {
        CollectingSink sink = new CollectingSink();
        try (CrawlState state = opener.open();
                Crawler crawler = new Crawler(CrawlOptions.forHosts(Set.of(host())), state)) {
            crawler.crawl(source(), sink, CrawlListener.SILENT);
        }
        return sink.documents();
    }

    @Override
    public void close() {
        site.close();
    }

    private static String policy(String number, String clause) {
        return """
                <html><head><meta charset="utf-8"><title>通知</title></head><body>
                <table><tr><td>发文字号：</td><td>示政〔2026〕%s号</td></tr></table>
                <div id="UCAP-CONTENT"><p>一、总则。</p><p>%s</p></div></body></html>""".formatted(number, clause);
    }
}
