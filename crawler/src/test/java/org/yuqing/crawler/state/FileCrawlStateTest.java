package org.yuqing.crawler.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.CrawlListener;
import org.yuqing.crawler.CrawlOptions;
import org.yuqing.crawler.CrawlReport;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.emit.DocumentTooLargeException;
import org.yuqing.crawler.fetch.Validators;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.TwoPolicySite;

class FileCrawlStateTest {

    @TempDir
    Path stateDir;

    @Test
    void aRestartedCrawlerDoesNotEmitAgainWhatItEmittedUnchanged() throws Exception {
        try (TwoPolicySite site = TwoPolicySite.start()) {
            site.assertRestartedCrawlersEmitOnlyWhatChanged(() -> FileCrawlState.open(stateDir, site.source().name()));
        }
    }

    @Test
    void keepsWhatWasCommittedAndSkipsALineCutShortByACrash() throws Exception {
        try (FileCrawlState state = FileCrawlState.open(stateDir, "示例市/政务")) {
            state.recordEmitted("doc-1", "h1");
            state.recordPage("http://127.0.0.1/p1.html", new PageState(new Validators("\"v1\"", null), "b1", true));
            state.commit();
            state.recordEmitted("doc-2", "never committed");
        }
        Path file = stateDir.resolve("示例市_政务.state.jsonl");
        Files.writeString(file, "{\"document\":\"doc-3\",\"ha", StandardOpenOption.APPEND);

        try (FileCrawlState reopened = FileCrawlState.open(stateDir, "示例市/政务")) {
            assertThat(reopened.emitted("doc-1")).hasValue("h1");
            assertThat(reopened.emitted("doc-2")).hasValue("never committed"); // close commits
            assertThat(reopened.emitted("doc-3")).isEmpty();
            assertThat(reopened.page("http://127.0.0.1/p1.html")).get()
                    .satisfies(p -> assertThat(p.validators().etag()).isEqualTo("\"v1\""));
        }
    }

    @Test
    void aRollbackForgetsWhatWasRecordedSinceTheLastCommit() throws Exception {
        try (FileCrawlState state = FileCrawlState.open(stateDir, "s")) {
            state.recordEmitted("doc-1", "h1");
            state.commit();
            state.recordEmitted("doc-1", "h2");
            state.recordEmitted("doc-2", "h1");
            state.rollback();

            assertThat(state.emitted("doc-1")).hasValue("h1");
            assertThat(state.emitted("doc-2")).isEmpty();
        }
        try (FileCrawlState reopened = FileCrawlState.open(stateDir, "s")) {
            assertThat(reopened.emitted("doc-1")).hasValue("h1");
            assertThat(reopened.emitted("doc-2")).isEmpty();
        }
    }

    @Test
    void whenTheSinkCannotMakeACrawlDurableTheNextCrawlEmitsItAgain() throws Exception {
        try (TwoPolicySite site = TwoPolicySite.start();
                FileCrawlState state = FileCrawlState.open(stateDir, "s")) {
            Source source = site.source();
            Crawler crawler = new Crawler(CrawlOptions.forHosts(Set.of(site.host())), state);
            CollectingSink refused = new CollectingSink() {
                @Override
                public void flush() throws IOException {
                    throw new IOException("Kafka did not take 2 record(s) for topic yuqing.raw: expired");
                }
            };

            assertThatThrownBy(() -> crawler.crawl(source, refused, CrawlListener.SILENT))
                    .hasMessageContaining("Kafka did not take");
            CollectingSink retried = new CollectingSink();
            crawler.crawl(source, retried, CrawlListener.SILENT);

            assertThat(refused.documents()).hasSize(2);
            assertThat(retried.documents()).extracting(d -> d.docNo())
                    .containsExactlyInAnyOrder("示政〔2026〕1号", "示政〔2026〕2号");
        }
    }

    @Test
    void aDocumentTooLargeForTheSinkFailsItsPageOnlyAndIsTriedAgainNextCrawl() throws Exception {
        try (TwoPolicySite site = TwoPolicySite.start();
                FileCrawlState state = FileCrawlState.open(stateDir, "s")) {
            Source source = site.source();
            Crawler crawler = new Crawler(CrawlOptions.forHosts(Set.of(site.host())), state);
            CollectingSink small = new CollectingSink() {
                @Override
                public void accept(RawDocument document) throws IOException {
                    if ("示政〔2026〕2号".equals(document.docNo())) {
                        throw new DocumentTooLargeException(document.id(), 2_000_000, 1_048_576);
                    }
                    super.accept(document);
                }
            };

            CrawlReport first = crawler.crawl(source, small, CrawlListener.SILENT);
            CollectingSink next = new CollectingSink();
            crawler.crawl(source, next, CrawlListener.SILENT);

            assertThat(small.documents()).extracting(RawDocument::docNo).containsExactly("示政〔2026〕1号");
            assertThat(first.failures()).hasSize(1).allSatisfy((reason, pages) -> {
                assertThat(reason).startsWith("too large for Kafka: document ");
                assertThat(pages).isEqualTo(1);
            });
            assertThat(next.documents()).extracting(RawDocument::docNo).containsExactly("示政〔2026〕2号");
        }
    }

    @Test
    void aLogThatGrewLargeIsRewrittenWithTheLatestOfEach() throws Exception {
        try (FileCrawlState state = FileCrawlState.open(stateDir, "s")) {
            for (int i = 0; i < 150; i++) {
                state.recordEmitted("doc", "hash " + i);
                state.commit();
            }
        }

        try (FileCrawlState reopened = FileCrawlState.open(stateDir, "s")) {
            assertThat(reopened.emitted("doc")).hasValue("hash 149");
            assertThat(Files.readAllLines(reopened.file())).hasSize(1);
        }
    }
}
