package org.yuqing.jobs.elasticsearch;

import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Indexes a stream into Elasticsearch with bulk requests. Flink's Async Sink base does the batching, the
 * backpressure and the buffering into checkpoints; this sink adds what Elasticsearch needs: retry with backoff
 * while the cluster is unreachable or overloaded, and the dead-letter topic for documents it rejects for good.
 * Maven Central has no Elasticsearch connector for Flink 2.x, hence this one.
 */
public final class ElasticsearchSink<InputT> extends AsyncSinkBase<InputT, IndexRequestEntry> {

    private static final int MAX_IN_FLIGHT_REQUESTS = 2;
    private static final int MAX_BUFFERED_REQUESTS = 10_000;
    private static final long MAX_BATCH_BYTES = 8L * 1024 * 1024;
    private static final long MAX_RECORD_BYTES = 4L * 1024 * 1024;

    private final ElasticsearchSinkOptions options;

    public ElasticsearchSink(ElementConverter<InputT, IndexRequestEntry> converter, ElasticsearchSinkOptions options) {
        super(converter, options.maxBatchSize(), MAX_IN_FLIGHT_REQUESTS, MAX_BUFFERED_REQUESTS, MAX_BATCH_BYTES,
                options.maxTimeInBufferMillis(), MAX_RECORD_BYTES);
        this.options = options;
    }

    @Override
    public StatefulSinkWriter<InputT, BufferedRequestState<IndexRequestEntry>> createWriter(WriterInitContext context) {
        return restoreWriter(context, List.of());
    }

    @Override
    public StatefulSinkWriter<InputT, BufferedRequestState<IndexRequestEntry>> restoreWriter(
            WriterInitContext context, Collection<BufferedRequestState<IndexRequestEntry>> recoveredState) {
        return new ElasticsearchSinkWriter<>(getElementConverter(), context, writerConfiguration(), options, recoveredState);
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<IndexRequestEntry>> getWriterStateSerializer() {
        return new IndexRequestEntryStateSerializer();
    }

    private org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration writerConfiguration() {
        return org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration.builder()
                .setMaxBatchSize(getMaxBatchSize())
                .setMaxBatchSizeInBytes(getMaxBatchSizeInBytes())
                .setMaxInFlightRequests(getMaxInFlightRequests())
                .setMaxBufferedRequests(getMaxBufferedRequests())
                .setMaxTimeInBufferMS(getMaxTimeInBufferMS())
                .setMaxRecordSizeInBytes(getMaxRecordSizeInBytes())
                .build();
    }
}
