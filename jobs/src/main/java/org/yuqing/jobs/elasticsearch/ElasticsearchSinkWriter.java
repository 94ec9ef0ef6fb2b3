package org.yuqing.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.yuqing.core.document.DeadLetter;
import org.yuqing.jobs.deadletter.DeadLetterProducer;
import org.yuqing.jobs.deadletter.DeadLetters;

/**
 * Sends batches as bulk requests and sorts the answer: indexed, worth retrying (the cluster was unreachable,
 * overloaded or failing: 429, 5xx), or rejected for good (4xx: a mapping conflict, a malformed document), which
 * goes to the dead-letter topic with Elasticsearch's reason.
 */
final class ElasticsearchSinkWriter<InputT> extends AsyncSinkWriter<InputT, IndexRequestEntry> {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);

    private final ElasticsearchAsyncClient client;
    private final DeadLetterProducer deadLetters;
    private final ScheduledExecutorService retryTimer;
    private final Backoff backoff = new Backoff(100, 30_000);
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
        this.deadLetters = new DeadLetterProducer(options.kafka(), options.deadLetterTopic());
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
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexRequestEntry entry : entries) {
            bulk.operations(op -> op.index(index -> index
                    .index(entry.index())
                    .id(entry.id())
                    .document(BinaryData.of(entry.source(), ContentType.APPLICATION_JSON))));
        }
        client.bulk(bulk.build()).whenComplete((response, failure) -> {
            if (failure != null) {
                retryLater(entries, result, "bulk request failed: " + DeadLetters.describe(asException(failure)));
            } else {
                sortOutcome(entries, response, result);
            }
        });
    }

    private void sortOutcome(List<IndexRequestEntry> entries, BulkResponse response, ResultHandler<IndexRequestEntry> result) {
        if (!response.errors()) {
            backoff.reset();
            result.complete();
            return;
        }
        List<IndexRequestEntry> retry = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                continue;
            }
            IndexRequestEntry entry = entries.get(i);
            if (item.status() == 429 || item.status() >= 500) {
                retry.add(entry);
            } else {
                deadLetter(entry, item);
            }
        }
        if (retry.isEmpty()) {
            backoff.reset();
            result.complete();
        } else {
            retryLater(retry, result, retry.size() + " of " + entries.size() + " documents were not accepted (429 or 5xx)");
        }
    }

    private void deadLetter(IndexRequestEntry entry, BulkResponseItem item) {
        String reason = "Elasticsearch rejected the document with status " + item.status() + ": "
                + item.error().type() + ": " + item.error().reason();
        deadLetters.send(new DeadLetter(DeadLetters.STAGE_INDEX, reason, entry.index(), entry.id(),
                new String(entry.source(), StandardCharsets.UTF_8), OffsetDateTime.now().toString()));
        deadLetteredDocuments.inc();
    }

    /** Hands the entries back after a delay, so that a cluster that is down is not hammered while it comes back. */
    private void retryLater(List<IndexRequestEntry> entries, ResultHandler<IndexRequestEntry> result, String why) {
        long delay = backoff.nextDelayMillis();
        LOG.warn("Elasticsearch: {}; retrying {} documents in {} ms", why, entries.size(), delay);
        retriedDocuments.inc(entries.size());
        retryTimer.schedule(() -> result.retryForEntries(entries), delay, TimeUnit.MILLISECONDS);
    }

    @Override
    protected long getSizeInBytes(IndexRequestEntry entry) {
        return entry.source().length;
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
