package org.yuqing.jobs.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.yuqing.core.document.RawDocument;

/**
 * The analysis step of the job, in micro-batches: documents wait until {@link #batchSize} have come or the first
 * has waited {@link #maxWaitMillis}, then go through the chain together, so that the transformer reads the unsure
 * ones of a batch in one run. Nothing stays buffered across a checkpoint barrier, a watermark or the end of input:
 * the batch is emitted first, so the operator keeps no state and exactly-once holds as for a map.
 */
public final class AnalyzeInBatches extends AbstractStreamOperator<EncodedDocument>
        implements OneInputStreamOperator<RawDocument, EncodedDocument>, BoundedOneInput, ProcessingTimeCallback {

    private final int batchSize;
    private final long maxWaitMillis;

    private transient TextAnalysis analysis;
    private transient List<RawDocument> documents;
    private transient List<Long> timestamps;

    /**
     * @param batchSize documents per run of the chain
     * @param maxWaitMillis the longest a document waits for others; a trickle of documents is not held back
     */
    public AnalyzeInBatches(int batchSize, long maxWaitMillis) {
        this.batchSize = batchSize;
        this.maxWaitMillis = maxWaitMillis;
    }

    @Override
    public void open() throws Exception {
        super.open();
        analysis = TextAnalysis.shared();
        documents = new ArrayList<>(batchSize);
        timestamps = new ArrayList<>(batchSize);
    }

    @Override
    public void processElement(StreamRecord<RawDocument> element) {
        // the record object may be reused by the input (object reuse is on): keep its value and timestamp
        documents.add(element.getValue());
        timestamps.add(element.hasTimestamp() ? element.getTimestamp() : null);
        if (documents.size() == 1) {
            getProcessingTimeService().registerTimer(getProcessingTimeService().getCurrentProcessingTime() + maxWaitMillis, this);
        }
        if (documents.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void onProcessingTime(long time) {
        flush();
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        flush();
        super.processWatermark(mark);
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        flush();
        super.prepareSnapshotPreBarrier(checkpointId);
    }

    @Override
    public void endInput() {
        flush();
    }

    @Override
    public void finish() throws Exception {
        flush();
        super.finish();
    }

    private void flush() {
        if (documents.isEmpty()) {
            return;
        }
        List<TextAnalysis.Input> inputs = new ArrayList<>(documents.size());
        for (RawDocument document : documents) {
            inputs.add(AnalyzeDocument.input(document));
        }
        List<TextAnalysisResult> results = analysis.analyzeAll(inputs);
        for (int i = 0; i < documents.size(); i++) {
            EncodedDocument analyzed = AnalyzeDocument.encoded(analysis, documents.get(i), results.get(i));
            Long timestamp = timestamps.get(i);
            output.collect(timestamp == null ? new StreamRecord<>(analyzed) : new StreamRecord<>(analyzed, timestamp));
        }
        documents.clear();
        timestamps.clear();
    }
}
