package org.yuqing.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.GovCnPages;
import org.yuqing.crawler.testing.LocalSite;

/** Crawls real gov.cn policy pages from a portal on loopback and scores the metadata against the pages' tables. */
class ExtractionQualityTest {

    /** Share of pages whose seven metadata fields must all be exact. */
    private static final double REQUIRED = 0.95;

    @Test
    void readsEveryMetadataFieldExactlyOnTheSamplePages() throws Exception {
        Score score = crawlAndScore(GovCnPages.sample());

        assertThat(score.mistakes()).as("fields read wrong").isEmpty();
        assertThat(score.exactPages()).isGreaterThanOrEqualTo(REQUIRED);
        assertThat(score.flagged()).as("real pages flagged as hijacked").isEmpty();
    }

    @Test
    void readsTheWholeSharedDataSet() throws Exception {
        Optional<List<GovCnPages.Page>> pages = GovCnPages.shared();
        assumeTrue(pages.isPresent(), "shared/data/govcn_policy_pages is not beside this checkout");

        Score score = crawlAndScore(pages.get());

        System.out.printf("metadata exact on %.1f%% of %d gov.cn pages (all 7 fields); mistakes: %s; flagged as hijacked: %s%n",
                100 * score.exactPages(), pages.get().size(), score.mistakes(), score.flagged());
        assertThat(score.exactPages()).isGreaterThanOrEqualTo(REQUIRED);
        assertThat(score.flagged()).as("real pages flagged as hijacked").isEmpty();
    }

    record Score(double exactPages, List<String> mistakes, List<String> flagged) {
    }

    private static Score crawlAndScore(List<GovCnPages.Page> pages) throws Exception {
        try (LocalSite site = LocalSite.start()) {
            String seed = GovCnPages.servePortal(site, pages, 4);
            CollectingSink sink = new CollectingSink();
            CrawlOptions options = CrawlOptions.forHosts(Set.of(site.host())).withMinDelayPerHost(Duration.ZERO);

            new Crawler(options).crawl(List.of(seed), "www.gov.cn", sink, CrawlListener.SILENT);

            Map<String, RawDocument> byPage = new HashMap<>();
            for (RawDocument document : sink.documents()) {
                byPage.put(document.url().substring(document.url().lastIndexOf('/') + 1), document);
            }
            List<String> mistakes = new ArrayList<>();
            int exact = 0;
            for (GovCnPages.Page page : pages) {
                RawDocument document = byPage.get(page.name());
                Map<String, String> read = document == null ? Map.of() : fields(document);
                int before = mistakes.size();
                for (String field : GovCnPages.FIELDS) {
                    if (!page.truth().get(field).equals(read.get(field))) {
                        mistakes.add(page.name() + " " + field + ": " + read.get(field) + " != " + page.truth().get(field));
                    }
                }
                exact += mistakes.size() == before ? 1 : 0;
            }
            List<String> flagged = sink.documents().stream().filter(d -> d.integrity().hijacked())
                    .map(d -> d.url() + " " + d.integrity().evidence()).toList();
            return new Score((double) exact / pages.size(), mistakes, flagged);
        }
    }

    private static Map<String, String> fields(RawDocument document) {
        Map<String, String> fields = new HashMap<>();
        fields.put("index_no", document.indexNo());
        fields.put("subject", document.subject());
        fields.put("issuer", document.issuer());
        fields.put("written_at", document.writtenAt());
        fields.put("title", document.title());
        fields.put("doc_no", document.docNo());
        fields.put("published_at", document.publishedAt());
        return fields;
    }
}
