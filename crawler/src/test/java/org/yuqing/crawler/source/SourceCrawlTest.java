package org.yuqing.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.CrawlListener;
import org.yuqing.crawler.CrawlOptions;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.LocalSite;

class SourceCrawlTest {

    @TempDir
    Path dir;

    @Test
    void followsOnlyWhatTheRulesNameAndReadsPagesByTheirSelectors() throws Exception {
        try (LocalSite site = LocalSite.start()) {
            site.page("/xwdt/index.html", """
                    <ul class="list"><li><a href="/xwdt/a1.html">解读一</a></li><li><a href="/xwdt/a2.html">解读二</a></li></ul>
                    <div class="ad"><a href="/xwdt/ad.html">广告</a></div><a href="/login.html">登录</a>
                    <div class="pager"><a href="/xwdt/index_1.html">下一页</a></div>""");
            site.page("/xwdt/index_1.html", """
                    <ul class="list"><li><a href="/xwdt/a3.html">解读三</a></li></ul>""");
            for (int i = 1; i <= 3; i++) {
                site.page("/xwdt/a" + i + ".html", """
                        <h2 class="t">专家解读第%d篇</h2><span class="d">来源：市政府办公厅 2026年11月0%d日</span>
                        <div class="art"><p>近日，市政府出台新政。</p><p>本文解读其要点。</p></div>""".formatted(i, i));
            }
            Path file = Files.writeString(dir.resolve("site.yml"), """
                    name: 示例市
                    seeds: [%s]
                    politeness: {min_delay: 0s}
                    list_pages:
                      - {url: "/xwdt/index(_\\\\d+)?\\\\.html$", links: ul.list a, next: div.pager a}
                    pages:
                      - url: /xwdt/a\\d+\\.html$
                        kind: interpretation
                        selectors: {title: h2.t, text: div.art, published_at: span.d}
                    """.formatted(site.url("/xwdt/index.html")));
            Source source = SourceFile.read(file);
            CollectingSink sink = new CollectingSink();

            new Crawler(CrawlOptions.forHosts(source.allowedHosts())).crawl(source, sink, CrawlListener.SILENT);

            assertThat(site.requests()).doesNotContain("/xwdt/ad.html", "/login.html");
            assertThat(sink.documents()).hasSize(3).allSatisfy(d -> {
                assertThat(d.kind()).isEqualTo(DocumentKind.INTERPRETATION);
                assertThat(d.source()).isEqualTo("示例市");
                assertThat(d.text()).isEqualTo("近日，市政府出台新政。\n本文解读其要点。");
            });
            assertThat(sink.documents()).extracting(RawDocument::title)
                    .containsExactlyInAnyOrder("专家解读第1篇", "专家解读第2篇", "专家解读第3篇");
            assertThat(sink.documents()).extracting(RawDocument::publishedAt)
                    .containsExactlyInAnyOrder("2026-11-01", "2026-11-02", "2026-11-03");
        }
    }
}
