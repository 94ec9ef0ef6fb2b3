package org.yuqing.jobs.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The encoder on a model with heads, exported and quantised as the shipped one is but tiny and untrained
 * (training/transformer/fixtures.py): the code path, not the quality, which HeldOutQualityTest keeps.
 */
class TextEncoderHeadsTest {

    private static TextEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = new TextEncoder(tinyModel());
    }

    static EncoderModel tinyModel() {
        return new EncoderModel("tiny", EncoderModel.resource("/org/yuqing/jobs/encoder/tiny-model.onnx"),
                EncoderModel.resource(EncoderModel.RESOURCE_FOLDER + "vocab.txt"));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void theHeadsAndTheirLabelsComeFromTheModel() {
        assertThat(encoder.heads()).containsExactlyInAnyOrder("polarity", "emotion", "topic");
        assertThat(encoder.labels("polarity")).containsExactly("negative", "neutral", "positive");
        assertThat(encoder.labels("emotion")).containsExactly("happy", "angry", "neutral", "sad", "fear", "surprise");
        assertThat(encoder.labels("topic")).hasSize(7).contains("城乡建设", "交通运输");
        assertThatThrownBy(() -> encoder.labels("stance")).hasMessageContaining("no head stance");
    }

    @Test
    void everyTextGetsAUnitVectorAndADistributionPerHeadBadInputIncluded() {
        List<String> texts = Arrays.asList("小区楼下的垃圾好几天没人清理了", "", null, "😀😀😀", "很".repeat(100_000),
                "The quick brown fox");
        List<Encoding> encodings = encoder.encode(texts);
        assertThat(encodings).hasSize(texts.size());
        for (Encoding e : encodings) {
            assertThat(e.cosine(e)).isCloseTo(1.0, within(1e-4));
            for (String head : encoder.heads()) {
                float[] p = e.probabilities().get(head);
                assertThat(p).hasSize(encoder.labels(head).size());
                double sum = 0;
                for (float v : p) {
                    assertThat(v).isBetween(0f, 1f);
                    sum += v;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-4));
            }
        }
    }

    @Test
    void aBatchGivesEachTextWhatItGetsAlone() {
        List<String> texts = List.of("短", "道路破损严重，".repeat(10), "公交车太挤了");
        List<Encoding> batched = encoder.encode(texts);
        for (int i = 0; i < texts.size(); i++) {
            Encoding alone = encoder.encode(texts.get(i));
            assertThat(batched.get(i).cosine(alone)).isCloseTo(1.0, within(1e-4));
            assertThat(batched.get(i).probabilities().get("topic")[0])
                    .isCloseTo(alone.probabilities().get("topic")[0], within(1e-3f));
        }
    }
}
