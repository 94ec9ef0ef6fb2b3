package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;

/** The analysis job on the real Kafka and Elasticsearch: documents become searchable, bad records become dead letters. */
class AnalysisJobIT {

    @Test
    void goodDocumentsBecomeSearchableBadRecordsGoToTheDeadLetterTopicAndAReplayAddsNothing() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture("analysis")) {
            for (int i = 0; i < 40; i++) {
                pipeline.produce(pipeline.message(i));
            }
            ObjectNode badDate = (ObjectNode) Json.mapper().readTree(Json.write(pipeline.message(0)));
            badDate.put("id", pipeline.source + "-bad-date").put("published_at", "sometime last week");
            pipeline.send("poison", "this is not JSON {");
            pipeline.send(pipeline.source + "-bad-date", badDate.toString());
            pipeline.flush();

            AnalysisJob.run(pipeline.options("analysis"));

            assertThat(pipeline.searchableCount()).as(() -> pipeline.diagnose(40)).isEqualTo(40);
            SearchResponse<JsonNode> hit = pipeline.elasticsearch.search(s -> s.index(IndexNames.DOCUMENTS_ALIAS)
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field("source").value(pipeline.source)))
                            .must(m -> m.matchPhrase(p -> p.field("tokens").query("基础 养老金"))))), JsonNode.class);
            assertThat(hit.hits().hits()).hasSize(10);
            JsonNode indexed = hit.hits().hits().get(0).source();
            assertThat(indexed.get("title").asText()).startsWith("關於");
            assertThat(indexed.get("tokens").asText()).contains("关于").contains("养老金");
            assertThat(hit.hits().hits().get(0).index()).isEqualTo("yuqing-docs-2026.11");

            List<DeadLetter> deadLetters = pipeline.deadLetters(2);
            assertThat(deadLetters).extracting(DeadLetter::stage).containsExactlyInAnyOrder("parse", "index");
            DeadLetter unparsable = deadLetters.stream().filter(d -> d.stage().equals("parse")).findFirst().orElseThrow();
            assertThat(unparsable.payload()).isEqualTo("this is not JSON {");
            assertThat(unparsable.origin()).startsWith(pipeline.rawTopic + "/");
            assertThat(unparsable.reason()).contains("not a raw document");
            DeadLetter unindexable = deadLetters.stream().filter(d -> d.stage().equals("index")).findFirst().orElseThrow();
            assertThat(unindexable.documentId()).isEqualTo(pipeline.source + "-bad-date");
            assertThat(unindexable.reason()).contains("status 400").contains("published_at");

            // A replay of the whole topic by a new consumer group writes the same ids again: nothing is duplicated.
            AnalysisJob.run(pipeline.options("analysis-replay"));
            assertThat(pipeline.searchableCount()).as(() -> pipeline.diagnose(40)).isEqualTo(40);
        }
    }
}
