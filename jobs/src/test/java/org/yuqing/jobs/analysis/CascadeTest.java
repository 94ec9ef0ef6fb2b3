package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.classify.Task;
import org.yuqing.jobs.encoder.EncoderModel;
import org.yuqing.jobs.encoder.Encoding;
import org.yuqing.jobs.encoder.TextEncoder;
import org.yuqing.jobs.encoder.TokenCut;

/** The cascade's routing, with the shipped linear models and a tiny untrained transformer of the shipped shape. */
class CascadeTest {

    private static final Classifiers LINEAR = Classifiers.shipped();
    private static final TextEncoder TINY = new TextEncoder(new EncoderModel("tiny",
            read("/org/yuqing/jobs/encoder/tiny-model.onnx"), read("/org/yuqing/jobs/encoder/vocab.txt")));
    private static final List<TextAnalysis.Input> DOCUMENTS = List.of(
            new TextAnalysis.Input("关于A市公交线路调整的建议", "希望增加公交班次，早高峰太挤了"),
            new TextAnalysis.Input("", "酒店服务很好，下次还来"),
            new TextAnalysis.Input("", "今天又被气死了，什么破事"),
            new TextAnalysis.Input("", ""),
            new TextAnalysis.Input("", "😀😀😀"),
            new TextAnalysis.Input("", "The quick brown fox jumps over the lazy dog"),
            new TextAnalysis.Input("", "很长".repeat(50_000)));

    private static byte[] read(String resource) {
        try (var in = CascadeTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() {
        TINY.close();
    }

    @Test
    void withEveryThresholdAtZeroTheLinearModelsAnswerEverythingAsWithoutTransformer() {
        TextAnalysis cascade = new TextAnalysis(new TextPreparation(), LINEAR, TINY, Cascade.LINEAR_ONLY);
        TextAnalysis linear = new TextAnalysis(new TextPreparation(), LINEAR);

        assertThat(cascade.analyzeAll(DOCUMENTS)).isEqualTo(linear.analyzeAll(DOCUMENTS));
        assertThat(cascade.transformerCounts()).containsExactly(DOCUMENTS.size(), 0);
    }

    @Test
    void theTransformerReadsADocumentUpToTheDocumentCutAndTheWatchsClausesUpTo128() {
        // one token per character, past every cut
        String text = "天地玄黄宇宙洪荒日月盈昃辰宿列张".repeat(30);
        TextAnalysis cascade = new TextAnalysis(new TextPreparation(), LINEAR, TINY, Cascade.TRANSFORMER_ONLY);

        float[] vector = cascade.analyze("", text).vector();

        assertThat(cascade.cut()).isEqualTo(TextAnalysis.DOCUMENT_CUT);
        assertThat(TextAnalysis.DOCUMENT_CUT.tokens()).isLessThan(TextEncoder.DEFAULT_MAX_TOKENS);
        // the characters the cut keeps besides [CLS] and [SEP]
        assertThat(vector).isEqualTo(TINY.encode(text.substring(0, TextAnalysis.DOCUMENT_CUT.tokens() - 2)).vector());
        assertThat(vector).isNotEqualTo(TINY.encode(text).vector());
        assertThat(TINY.encode(text).vector()).isEqualTo(TINY.encode(text.substring(0, 126)).vector());
    }

    @Test
    void aCutThatKeepsTheEndReadsTheLastTokensOfALongDocument() {
        String text = "天地玄黄宇宙洪荒日月盈昃辰宿列张".repeat(30) + "寒来暑往秋收冬藏";
        TextAnalysis cascade = new TextAnalysis(new TextPreparation(), LINEAR, TINY, Cascade.TRANSFORMER_ONLY,
                TokenCut.parse("64:16"));

        float[] vector = cascade.analyze("", text).vector();

        assertThat(vector).isEqualTo(TINY.encode(text.substring(0, 46) + text.substring(text.length() - 16)).vector());
    }

    @Test
    void aboveEveryConfidenceTheTransformerAnswersEveryDocumentThatHasText() {
        TextAnalysis cascade = new TextAnalysis(new TextPreparation(), LINEAR, TINY, Cascade.TRANSFORMER_ONLY);

        List<TextAnalysisResult> results = cascade.analyzeAll(DOCUMENTS);

        assertThat(cascade.transformerCounts()).containsExactly(DOCUMENTS.size(), DOCUMENTS.size() - 1);
        // the transformer's topic probabilities blended with the linear model's, label by label
        float[] topic = TINY.encode("关于A市公交线路调整的建议\n希望增加公交班次，早高峰太挤了").probabilities().get("topic");
        double[] linear = LINEAR.predictAll(new TextPreparation().prepare("关于A市公交线路调整的建议", "希望增加公交班次，早高峰太挤了")
                .features()).topic().probabilities();
        List<String> linearLabels = LINEAR.model(Task.TOPIC).labels();
        int best = 0;
        for (int i = 0; i < topic.length; i++) {
            topic[i] = (float) (0.5 * topic[i] + 0.5 * linear[linearLabels.indexOf(TINY.labels("topic").get(i))]);
            best = topic[i] > topic[best] ? i : best;
        }
        assertThat(results.get(0).topic()).isEqualTo(TINY.labels("topic").get(best));
        assertThat(results.get(0).topicScore()).isEqualTo(Math.round(topic[best] * 1000) / 1000.0);
        // the policy watch reuses the vector of a document the transformer read
        Encoding alone = TINY.encode("关于A市公交线路调整的建议\n希望增加公交班次，早高峰太挤了");
        assertThat(alone.cosine(new Encoding(results.get(0).vector(), Map.of()))).isGreaterThan(0.999);
        assertThat(results.get(3).vector()).isNull();
    }

    @Test
    void everyDocumentGetsALabelAndAScoreAndAnEmptyOneNoTopic() {
        for (Cascade cascade : List.of(Cascade.DEFAULT, Cascade.TRANSFORMER_ONLY, Cascade.LINEAR_ONLY)) {
            List<TextAnalysisResult> results =
                    new TextAnalysis(new TextPreparation(), LINEAR, TINY, cascade).analyzeAll(DOCUMENTS);
            for (int i = 0; i < results.size(); i++) {
                TextAnalysisResult r = results.get(i);
                assertThat(r.sentiment()).isIn("positive", "neutral", "negative");
                assertThat(r.sentimentScore()).isBetween(-1.0, 1.0);
                assertThat(r.emotion()).isIn("happy", "angry", "neutral", "sad", "fear", "surprise");
                if (i == 3) {
                    assertThat(r.topic()).isNull();
                    assertThat(r.sentiment()).isEqualTo("neutral");
                } else {
                    assertThat(r.topic()).isIn(LINEAR.model(org.yuqing.jobs.classify.Task.TOPIC).labels().toArray());
                    assertThat(r.topicScore()).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void aCascadeIsNamedOrGivenAsThreeThresholds() {
        assertThat(Cascade.parse("linear")).isEqualTo(Cascade.LINEAR_ONLY);
        assertThat(Cascade.parse("0.8,0.7,0.6")).isEqualTo(new Cascade(0.8, 0.7, 0.6));
        assertThatThrownBy(() -> Cascade.parse("0.8")).isInstanceOf(IllegalArgumentException.class);
    }
}
