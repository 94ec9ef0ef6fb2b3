package org.yuqing.jobs.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yuqing.core.json.Json;

/**
 * The shipped quantised model computes, on this CPU, what its float graph computes. An 8-bit graph that ONNX
 * Runtime runs with a saturating instruction on CPUs without VNNI gave vectors at cosine 0.77 to the float ones
 * there, and every label and policy link read from them moved; the reference was written from the float graph by
 * {@link FloatReference} ({@code training/transformer/dequantise.py} makes it).
 */
class ShippedEncoderTest {

    private static TextEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = new TextEncoder(EncoderModel.shipped());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void givesTheVectorsAndLabelsOfItsFloatGraphOnThisCpu() throws Exception {
        String lines = new String(EncoderModel.resource("/org/yuqing/jobs/encoder/float-reference.jsonl"),
                StandardCharsets.UTF_8);
        for (String line : lines.split("\n")) {
            JsonNode reference = Json.mapper().readTree(line);
            String text = reference.get("text").asText();
            Encoding encoding = encoder.encode(text);
            float[] vector = Json.mapper().convertValue(reference.get("vector"), float[].class);
            assertThat(encoding.cosine(new Encoding(vector, Map.of()))).as(text).isGreaterThan(0.98);
            for (String head : encoder.heads()) {
                float[] expected = Json.mapper().convertValue(reference.at("/probabilities/" + head), float[].class);
                float[] actual = encoding.probabilities().get(head);
                for (int k = 0; k < expected.length; k++) {
                    assertThat(actual[k]).as("%s %s %s", text, head, encoder.labels(head).get(k))
                            .isCloseTo(expected[k], within(0.1f));
                }
            }
        }
    }
}
