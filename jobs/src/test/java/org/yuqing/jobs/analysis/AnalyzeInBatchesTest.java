package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

class AnalyzeInBatchesTest {

    private static StreamRecord<RawDocument> document(String id, String text, long timestamp) {
        return new StreamRecord<>(RawDocument.builder(id, DocumentKind.COMMENT).text(text).build(), timestamp);
    }

    private static List<String> emittedIds(OneInputStreamOperatorTestHarness<RawDocument, AnalyzedDocument> harness) {
        List<String> ids = new ArrayList<>();
        for (Object out : harness.getOutput()) {
            if (out instanceof StreamRecord<?> record) {
                AnalyzedDocument document = (AnalyzedDocument) record.getValue();
                ids.add(document.raw().id() + "@" + record.getTimestamp());
            } else if (out instanceof Watermark mark) {
                ids.add("watermark " + mark.getTimestamp());
            }
        }
        return ids;
    }

    @Test
    void documentsWaitForAFullBatchAndLeaveInOrderWithTheirTimestamps() throws Exception {
        try (var harness = new OneInputStreamOperatorTestHarness<>(new AnalyzeInBatches(3, 60_000))) {
            harness.open();
            harness.processElement(document("a", "公交车太挤了", 10));
            harness.processElement(document("b", "", 11));
            assertThat(harness.getOutput()).isEmpty();

            harness.processElement(document("c", "酒店服务很好", 12));

            assertThat(emittedIds(harness)).containsExactly("a@10", "b@11", "c@12");
        }
    }

    @Test
    void aWatermarkAWaitingTimeOrTheEndOfInputEmitsAPartialBatchFirst() throws Exception {
        try (var harness = new OneInputStreamOperatorTestHarness<>(new AnalyzeInBatches(100, 50))) {
            harness.open();
            harness.setProcessingTime(0);
            harness.processElement(document("a", "道路破损", 10));
            harness.processWatermark(new Watermark(10));
            harness.processElement(document("b", "噪音扰民", 20));
            harness.setProcessingTime(50);
            harness.processElement(document("c", "垃圾没人清理", 30));
            harness.endInput();

            assertThat(emittedIds(harness)).containsExactly("a@10", "watermark 10", "b@20", "c@30");
        }
    }

    @Test
    void nothingIsBufferedAcrossACheckpoint() throws Exception {
        try (var harness = new OneInputStreamOperatorTestHarness<>(new AnalyzeInBatches(100, 60_000))) {
            harness.open();
            harness.processElement(document("a", "道路破损", 10));
            harness.prepareSnapshotPreBarrier(1);

            assertThat(emittedIds(harness)).containsExactly("a@10");
        }
    }
}
