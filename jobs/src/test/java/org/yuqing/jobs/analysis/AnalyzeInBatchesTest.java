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

    private static List<String> emittedIds(OneInputStreamOperatorTestHarness<RawDocument, EncodedDocument> harness) {
        List<String> ids = new ArrayList<>();
        for (Object out : harness.getOutput()) {
            if (out instanceof StreamRecord<?> record) {
                AnalyzedDocument document = ((EncodedDocument) record.getValue()).document();
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

    @Test
    void aCommentGoesToThePolicyWatchWithTheVectorOfTheCommentersWordsNotOfThePageTitle() throws Exception {
        String text = "听说明年起基础养老金每月涨到400元了，是真的吗？";
        RawDocument comment = RawDocument.builder("c", DocumentKind.COMMENT)
                .title("示例市人民政府办公室关于调整城乡居民基本养老保险基础养老金标准的通知").text(text).build();
        RawDocument policy = RawDocument.builder("p", DocumentKind.POLICY).title("关于调整基础养老金标准的通知")
                .text("基础养老金由每人每月200元提高到每人每月230元。").build();
        try (var harness = new OneInputStreamOperatorTestHarness<>(new AnalyzeInBatches(2, 60_000))) {
            harness.open();
            harness.processElement(new StreamRecord<>(comment, 1));
            harness.processElement(new StreamRecord<>(policy, 2));

            List<EncodedDocument> out = harness.extractOutputValues();
            float[] alone = TextAnalysis.shared().analyze("", text).vector();
            assertThat(alone).as("the cascade has the transformer read an unsure comment").isNotNull();
            float[] withPageTitle = TextAnalysis.shared().analyze(comment.title(), text).vector();
            // within what quantising a batch's activations together moves a vector
            assertThat(cosine(out.get(0).vector(), alone)).isGreaterThan(0.99)
                    .isGreaterThan(cosine(out.get(0).vector(), withPageTitle) + 0.05);
            assertThat(out.get(0).document().raw().title()).as("the page title is kept").isEqualTo(comment.title());
            assertThat(out.get(1).vector()).as("only the public's words go to the watch").isNull();
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
