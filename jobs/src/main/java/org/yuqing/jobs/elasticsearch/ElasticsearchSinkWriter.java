package org.yuqing.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuqing.core.kafka.DeadLetterWriter;
import org.yuqing.core.retry.Backoff;
import org.yuqing.jobs.deadletter.DeadLetters;

/**
 * Sends batches as bulk requests and acts on the answer ({@link BulkOutcome}): documents worth retrying go back to
 * Flink's buffer after a backoff, documents refused for good go to the dead-letter topic; an unreachable cluster
 * retries the whole batch.
 */
final class ElasticsearchSinkWriter<InputT> extends AsyncSinkWriter<InputT, IndexRequestEntry> {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);

    private final ElasticsearchAsyncClient client;
    private final DeadLetterWriter deadLetters;
    private final ScheduledExecutorService retryTimer;
    private final FailureStreak failures = new FailureStreak(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30)));
    private final Clock clock = Clock.systemUTC();
    private final Counter retriedDocuments;
    private final Counter deadLetteredDocuments;

    ElasticsearchSinkWriter(
            ElementConverter<InputT, IndexRequestEntry> converter,
            WriterInitContext context,
            AsyncSinkWriterConfiguration configuration,
            ElasticsearchSinkOptions options,
            Collection<BufferedRequestState<IndexRequestEntry>> recoveredState) {
        super(converter, context, configuration, recoveredState);
        this.client = ElasticsearchClients.async(options.elasticsearch());
        this.deadLetters = new DeadLetterWriter(options.kafka(), options.deadLetterTopic());
        this.retryTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "elasticsearch-sink-retry");
            thread.setDaemon(true);
            return thread;
        });
        this.retriedDocuments = context.metricGroup().counter("elasticsearchRetriedDocuments");
        this.deadLetteredDocuments = context.metricGroup().counter("elasticsearchDeadLetteredDocuments");
    }

    @Override
    protected void submitRequestEntries(List<IndexRequestEntry> entries, ResultHandler<IndexRequestEntry> result) {
        client.bulk(bulkRequest(entries)).whenComplete((response, failure) -> {
            if (failure != null) {
                retryLater(entries, result, "bulk request failed: " + DeadLetters.describe(asException(failure)));
            } else {
                sortOutcome(entries, response, result);
            }
        });
    }

    /**
     * One operation per document, in order, each with its stable id: a repeat overwrites, never adds; a deletion
     * of a document that is not there changes nothing.
     */
    static BulkRequest bulkRequest(List<IndexRequestEntry> entries) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexRequestEntry entry : entries) {
            if (entry.isDeletion()) {
                bulk.operations(op -> op.delete(delete -> delete.index(entry.index()).id(entry.id())));
            } else {
                bulk.operations(op -> op.index(index -> index
                        .index(entry.index())
                        .id(entry.id())
                        .document(BinaryData.of(entry.source(), ContentType.APPLICATION_JSON))));
            }
        }
        return bulk.build();
    }

    private void sortOutcome(List<IndexRequestEntry> entries, BulkResponse response, ResultHandler<IndexRequestEntry> result) {
        BulkOutcome outcome = BulkOutcome.of(entries, response, clock.instant());
        outcome.deadLetters().forEach(deadLetters::send);
        deadLetteredDocuments.inc(outcome.deadLetters().size());
        if (outcome.done()) {
            failures.succeeded();
            result.complete();
        } else {
            retryLater(outcome.retry(), result, outcome.retry().size() + " of " + entries.size()
                    + " documents were not accepted (429 or 5xx)");
        }
    }

    /** Hands the entries back after a delay, so that a cluster that is down is not hammered while it comes back. */
    private void retryLater(List<IndexRequestEntry> entries, ResultHandler<IndexRequestEntry> result, String why) {
        long delay = failures.failed().toMillis();
        LOG.warn("Elasticsearch: {}; retrying {} documents in {} ms", why, entries.size(), delay);
        retriedDocuments.inc(entries.size());
        retryTimer.schedule(() -> result.retryForEntries(entries), delay, TimeUnit.MILLISECONDS);
    }

    @Override
    protected long getSizeInBytes(IndexRequestEntry entry) {
        return entry.isDeletion() ? entry.id().length() : entry.source().length;
    }

    @Override
    public void flush(boolean flush) throws InterruptedException {
        super.flush(flush);
        deadLetters.flush();
    }

    @Override
    public void close() {
        super.close();
        retryTimer.shutdownNow();
        deadLetters.close();
        try {
            client._transport().close();
        } catch (Exception e) {
            LOG.debug("closing the Elasticsearch client", e);
        }
    }

    private static Exception asException(Throwable failure) {
        return failure instanceof Exception e ? e : new RuntimeException(failure);
    }
}
