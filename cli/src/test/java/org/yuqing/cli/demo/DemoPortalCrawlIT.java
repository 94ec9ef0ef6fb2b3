package org.yuqing.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yuqing.cli.crawl.CrawlCommand;
import org.yuqing.cli.job.DocumentCounts;
import org.yuqing.core.config.Settings;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.crawler.CrawlReport;
import org.yuqing.crawler.emit.KafkaDocumentSink;
import org.yuqing.jobs.analysis.AnalysisJob;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.text.ChineseSegmenter;

/**
 * The demo's path end to end on the real services: the demo portal is crawled into Kafka, analysed on an
 * embedded Flink and searchable in Elasticsearch; crawling and analysing again adds nothing.
 */
class DemoPortalCrawlIT {

    private static final String KAFKA = System.getProperty("yuqing.kafka", "127.0.0.1:9092");
    private static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SOURCE = "demo-it-" + RUN;
    private static final String RAW_TOPIC = "it.demo.raw." + RUN;

    private static RestClientTransport transport;
    private static ElasticsearchClient elasticsearch;

    @BeforeAll
    static void connect() {
        transport = ElasticsearchClients.transport(ELASTICSEARCH, null);
        elasticsearch = new ElasticsearchClient(transport);
    }

    @AfterAll
    static void close() throws Exception {
        transport.close();
    }

    @Test
    void theDemoPortalEndsUpSearchableAndASecondRunAddsNoDuplicates() throws Exception {
        // 3 hand-written messages and 960 of the Teddy Cup, 2 + 625 of them answered; 12 + 5 comments on two policies
        Map<String, Long> expected = Map.of("policy", 3L, "interpretation", 2L, "message", 963L, "reply", 627L, "comment", 17L);

        CrawlReport first = crawlAndAnalyse();

        assertThat(first.documents()).isEqualTo(1612);
        // The only page left out is the one the portal's robots.txt forbids (/admin/).
        assertThat(first.failures()).isEqualTo(Map.of("disallowed: robots.txt", 1));
        DocumentCounts counts = new DocumentCounts(elasticsearch);
        assertThat(counts.byKind(SOURCE)).isEqualTo(expected);

        // A search is segmented the way documents are, so a simplified query finds a page written in traditional.
        String query = String.join(" ", new ChineseSegmenter().words("营商环境"));
        SearchResponse<JsonNode> business = elasticsearch.search(s -> s.index(IndexNames.DOCUMENTS_ALIAS)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field("source").value(SOURCE)))
                        .filter(f -> f.term(t -> t.field("kind").value("policy")))
                        .must(m -> m.matchPhrase(p -> p.field("tokens").query(query))))), JsonNode.class);
        assertThat(business.hits().hits()).hasSize(1);
        JsonNode traditional = business.hits().hits().get(0).source();
        assertThat(traditional.get("doc_no").asText()).isEqualTo("示政辦〔2026〕37號");
        assertThat(traditional.get("clean_text").asText()).contains("优化营商环境").doesNotContain("營商");

        crawlAndAnalyse();

        assertThat(counts.byKind(SOURCE)).isEqualTo(expected);
    }

    private static CrawlReport crawlAndAnalyse() throws Exception {
        CrawlReport report;
        try (DemoPortal portal = DemoPortal.start(DemoPortal.DEFAULT_PORT + 1)) {
            report = CrawlCommand.crawl(portal.url("/index.html"), SOURCE, 100, Duration.ZERO,
                    new KafkaDocumentSink(KAFKA, RAW_TOPIC));
        }
        AnalysisJob.run(AnalysisJobOptions.from(new Settings(KAFKA, ELASTICSEARCH, null))
                .topics(RAW_TOPIC, "it.demo.dlq." + RUN, "it-demo-" + RUN)
                .alertsTo("it.demo.alerts." + RUN)
                .untilCaughtUp(true)
                .checkpointEvery(500));
        return report;
    }
}
