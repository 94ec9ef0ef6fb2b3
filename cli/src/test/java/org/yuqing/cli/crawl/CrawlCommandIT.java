package org.yuqing.cli.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.crawler.frontier.HostPartition;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine;

/**
 * {@code crawl --sources --state-store elasticsearch} on the real Elasticsearch, under a source name unique to the
 * run whose entries are deleted afterwards.
 */
class CrawlCommandIT {

    private static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));

    private final String source = "示例市-it-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path dir;
    private OnePolicySite site;
    private ElasticsearchClient es;

    @BeforeEach
    void start() throws Exception {
        site = OnePolicySite.start();
        es = new ElasticsearchClient(ElasticsearchClients.transport(ELASTICSEARCH, null));
    }

    @AfterEach
    void deleteTheSourcesEntries() throws Exception {
        try {
            List<String> ids = es.search(s -> s.index(IndexNames.CRAWLER_STATE).size(100)
                    .query(q -> q.term(t -> t.field("source").value(source))), ObjectNode.class)
                    .hits().hits().stream().map(Hit::id).toList();
            if (!ids.isEmpty()) {
                es.bulk(b -> b.index(IndexNames.CRAWLER_STATE).refresh(Refresh.True).operations(ids.stream()
                        .map(id -> BulkOperation.of(o -> o.delete(d -> d.id(id)))).toList()));
            }
        } finally {
            es.close();
            site.close();
        }
    }

    @Test
    void whenAHostMovesToAnotherInstanceItsNewOwnerEmitsNothingTheOldOneEmitted() throws Exception {
        Path sources = site.sourcesFile(dir, source);
        Path config = Files.writeString(dir.resolve("settings.yml"), "elasticsearch:\n  url: " + ELASTICSEARCH + "\n");
        String newOwner = HostPartition.parse("1/2").owns(site.host()) ? "1/2" : "2/2";
        Path before = dir.resolve("before.jsonl");
        Path after = dir.resolve("after.jsonl");

        assertThat(crawl(sources, config, "1/1", before)).isZero();
        assertThat(crawl(sources, config, newOwner, after)).isZero();

        assertThat(Files.readAllLines(before)).singleElement().asString().contains("\"doc_no\":\"示政〔2026〕8号\"");
        assertThat(Files.readAllLines(after)).isEmpty();
    }

    private static int crawl(Path sources, Path config, String instance, Path out) {
        return new CommandLine(new CrawlCommand()).execute("--sources", sources.toString(), "--once",
                "--state-store", "elasticsearch", "--config", config.toString(), "--instance", instance,
                "--metrics", "off", "--out", out.toString());
    }
}
