package org.yuqing.jobs.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DeadLetter;

/** How the sink writer batches documents into a bulk request and what it does with each answer. */
class BulkOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final List<IndexRequestEntry> BATCH = List.of(entry("a"), entry("b"), entry("c"), entry("d"));

    @Test
    void aBatchIsOneBulkRequestWithAnIndexOperationPerDocumentByItsStableId() {
        BulkRequest request = ElasticsearchSinkWriter.bulkRequest(BATCH);

        assertThat(request.operations()).hasSize(4);
        assertThat(request.operations()).allSatisfy(op -> assertThat(op.isIndex()).isTrue());
        assertThat(request.operations().stream().map(op -> op.index().id())).containsExactly("a", "b", "c", "d");
        assertThat(request.operations().stream().map(op -> op.index().index())).containsOnly("test-docs");
    }

    @Test
    void anAnswerWithoutErrorsEndsTheBatch() {
        BulkOutcome outcome = BulkOutcome.of(BATCH, response(false, item("a", 201), item("b", 201), item("c", 200),
                item("d", 201)), NOW);

        assertThat(outcome.done()).isTrue();
        assertThat(outcome.deadLetters()).isEmpty();
    }

    @Test
    void overloadAndServerErrorsAreRetriedAndOtherRefusalsBecomeDeadLetters() {
        BulkOutcome outcome = BulkOutcome.of(BATCH, response(true, item("a", 201),
                failed("b", 429, "es_rejected_execution_exception", "queue full"),
                failed("c", 400, "mapper_parsing_exception", "failed to parse field [published_at]"),
                failed("d", 503, "unavailable_shards_exception", "primary shard is not active")), NOW);

        assertThat(outcome.done()).isFalse();
        assertThat(outcome.retry()).extracting(IndexRequestEntry::id).containsExactly("b", "d");
        assertThat(outcome.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo("index");
            assertThat(letter.documentId()).isEqualTo("c");
            assertThat(letter.origin()).isEqualTo("test-docs");
            assertThat(letter.reason()).contains("400", "mapper_parsing_exception", "published_at");
            assertThat(letter.payload()).isEqualTo("{\"id\":\"c\",\"title\":\"政策\"}");
            assertThat(letter.failedAt()).isEqualTo(NOW.toString());
        });
    }

    @Test
    void aBatchWhoseOnlyErrorsAreRefusalsIsDone() {
        BulkOutcome outcome = BulkOutcome.of(BATCH.subList(0, 1),
                response(true, failed("a", 409, "version_conflict_engine_exception", "conflict")), NOW);

        assertThat(outcome.done()).isTrue();
        assertThat(outcome.deadLetters()).extracting(DeadLetter::documentId).containsExactly("a");
    }

    private static IndexRequestEntry entry(String id) {
        return new IndexRequestEntry("test-docs", id,
                ("{\"id\":\"" + id + "\",\"title\":\"政策\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static BulkResponse response(boolean errors, BulkResponseItem... items) {
        return BulkResponse.of(b -> b.errors(errors).took(3).items(List.of(items)));
    }

    private static BulkResponseItem item(String id, int status) {
        return BulkResponseItem.of(i -> i.operationType(OperationType.Index).index("test-docs").id(id).status(status));
    }

    private static BulkResponseItem failed(String id, int status, String type, String reason) {
        return BulkResponseItem.of(i -> i.operationType(OperationType.Index).index("test-docs").id(id).status(status)
                .error(e -> e.type(type).reason(reason)));
    }
}
