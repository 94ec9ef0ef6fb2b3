package org.yuqing.crawler.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yuqing.core.json.Json;
import org.yuqing.crawler.fetch.Validators;
import org.yuqing.crawler.testing.TwoPolicySite;

/**
 * The crawl state on the real Elasticsearch. Each test has an index (and its template) of its own, deleted
 * afterwards, and a source name unique to the run.
 */
class ElasticsearchCrawlStateIT {

    private static final String URL = "http://127.0.0.1/p1.html";
    private static final PageState P1 = new PageState(new Validators("\"v1\"", "Tue, 01 Dec 2026 08:00:00 GMT"), "b1", true);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String index = "yuqing-crawler-state-it-" + run;
    private final String source = "示例市/政务-" + run;

    private ElasticsearchClient es;

    @BeforeEach
    void connect() {
        RestClient rest = RestClient.builder(HttpHost.create(
                System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"))).build();
        es = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.mapper())));
    }

    @AfterEach
    void deleteIndexAndTemplate() throws IOException {
        try {
            es.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            es.indices().deleteIndexTemplate(d -> d.name(index));
        } finally {
            es.close();
        }
    }

    @Test
    void whatWasCommittedIsThereWhenTheStateIsOpenedAgain() throws Exception {
        try (ElasticsearchCrawlState state = open(source)) {
            state.recordPage(URL, P1);
            state.recordEmitted("doc-1", "h1");
            state.commit();
        }

        try (ElasticsearchCrawlState reopened = open(source)) {
            assertThat(reopened.page(URL)).hasValue(P1);
            assertThat(reopened.emitted("doc-1")).hasValue("h1");
            assertThat(reopened.page("http://127.0.0.1/p2.html")).isEmpty();
        }
    }

    @Test
    void aRollbackLeavesNothingInTheIndex() throws Exception {
        try (ElasticsearchCrawlState state = open(source)) {
            state.recordPage(URL, P1);
            state.recordEmitted("doc-1", "h1");
            state.rollback();
        }

        assertThat(entriesOf(source)).isZero();
        try (ElasticsearchCrawlState reopened = open(source)) {
            assertThat(reopened.page(URL)).isEmpty();
            assertThat(reopened.emitted("doc-1")).isEmpty();
        }
    }

    @Test
    void twoSourcesDoNotSeeEachOthersState() throws Exception {
        String other = source + "-other";
        try (ElasticsearchCrawlState one = open(source); ElasticsearchCrawlState two = open(other)) {
            one.recordEmitted("doc-1", "one's");
            one.recordPage(URL, P1);
            two.recordEmitted("doc-1", "two's");
        }

        try (ElasticsearchCrawlState one = open(source); ElasticsearchCrawlState two = open(other)) {
            assertThat(one.emitted("doc-1")).hasValue("one's");
            assertThat(two.emitted("doc-1")).hasValue("two's");
            assertThat(two.page(URL)).isEmpty();
        }
    }

    @Test
    void aSourceWithMoreEntriesThanOneSearchReturnsIsReadWhole() throws Exception {
        try (ElasticsearchCrawlState state = open(source)) {
            for (int i = 0; i < 2_345; i++) {
                state.recordEmitted("doc-" + i, "h" + i);
            }
        }

        try (ElasticsearchCrawlState reopened = open(source)) {
            for (int i = 0; i < 2_345; i++) {
                assertThat(reopened.emitted("doc-" + i)).as("doc-%d", i).hasValue("h" + i);
            }
        }
    }

    @Test
    void aPageRecordedAgainUnchangedIsNotWrittenAgain() throws Exception {
        try (ElasticsearchCrawlState state = open(source)) {
            state.recordPage(URL, P1);
        }
        try (ElasticsearchCrawlState reopened = open(source)) {
            reopened.recordPage(URL, P1);
        }

        String id = StateEntry.page(source, URL, P1, Instant.EPOCH).id();
        assertThat(es.get(g -> g.index(index).id(id), Void.class).version()).isEqualTo(1L);
    }

    @Test
    void anEntryElasticsearchRefusesFailsTheCommitNamingTheIndexAndWhy() throws Exception {
        try (ElasticsearchCrawlState state = open(source)) {
            state.recordEmitted("doc-1", "h1");
            state.commit();
            es.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(true))));
            try {
                state.recordEmitted("doc-1", "h2");
                state.recordEmitted("doc-2", "h1");

                assertThatThrownBy(state::commit).isInstanceOf(IOException.class)
                        .hasMessageStartingWith("index " + index + " refused 2 of 2 crawl state entries of " + source)
                        .hasMessageContaining("cluster_block_exception");
                state.rollback(); // as the crawler does when its commit fails
                assertThat(state.emitted("doc-1")).hasValue("h1");
                assertThat(state.emitted("doc-2")).isEmpty();
            } finally {
                es.indices().putSettings(s -> s.index(index).settings(x -> x.blocks(b -> b.write(false))));
            }
        }

        try (ElasticsearchCrawlState reopened = open(source)) {
            assertThat(reopened.emitted("doc-1")).hasValue("h1");
            assertThat(reopened.emitted("doc-2")).isEmpty();
        }
    }

    @Test
    void aRestartedCrawlerEmitsNothingUnchangedAndWhatChanged() throws Exception {
        try (TwoPolicySite site = TwoPolicySite.start()) {
            site.assertRestartedCrawlersEmitOnlyWhatChanged(() -> open(source));
        }
    }

    private ElasticsearchCrawlState open(String name) throws IOException {
        return ElasticsearchCrawlState.open(es, index, name);
    }

    private long entriesOf(String name) throws IOException {
        es.indices().refresh(r -> r.index(index));
        return es.count(c -> c.index(index).query(q -> q.term(t -> t.field("source").value(name)))).count();
    }
}
