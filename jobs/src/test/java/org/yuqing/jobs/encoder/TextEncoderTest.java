package org.yuqing.jobs.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The encoder on the original BGE-small-zh v1.5, as langchain4j packages it on Maven Central (a test dependency:
 * the job runs the fine-tuned model): the vectors the fine-tuning starts from.
 */
class TextEncoderTest {

    private static TextEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = new TextEncoder(new EncoderModel("BGE-small-zh v1.5", EncoderModel.resource("/bge-small-zh-v1.5.onnx"),
                EncoderModel.resource(EncoderModel.RESOURCE_FOLDER + "vocab.txt")));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void givesTheVectorsOfThePyTorchModelTheTrainingStartsFrom() throws Exception {
        // written by training/transformer/fixtures.py from the same graph's weights loaded into PyTorch
        String lines = new String(EncoderModel.resource("/org/yuqing/jobs/encoder/bge-vectors.jsonl"), StandardCharsets.UTF_8);
        for (String line : lines.split("\n")) {
            JsonNode record = new ObjectMapper().readTree(line);
            float[] expected = new ObjectMapper().convertValue(record.get("vector"), float[].class);
            Encoding encoding = encoder.encode(record.get("text").asText());
            assertThat(encoding.cosine(new Encoding(expected, java.util.Map.of()))).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void aComplaintIsCloserToAComplaintAboutTheSameThingThanToSmallTalk() {
        List<Encoding> e = encoder.encode(List.of("小区楼下的垃圾好几天没人清理了", "垃圾堆积无人清理，臭气熏天", "今天天气真好，心情愉快"));
        assertThat(e.get(0).vector()).hasSize(512);
        assertThat(e.get(0).cosine(e.get(0))).isCloseTo(1.0, within(1e-5));
        assertThat(e.get(0).cosine(e.get(1))).isGreaterThan(e.get(0).cosine(e.get(2)) + 0.2);
    }

    @Test
    void aTextGetsTheSameVectorAloneAsInABatchOfOthersOfAnyLength() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("第" + i + "条留言：" + "道路破损严重，".repeat(i % 7 + 1));
        }
        List<Encoding> batched = encoder.encode(texts);
        for (int i : new int[] {0, 17, 39}) {
            assertThat(batched.get(i).cosine(encoder.encode(texts.get(i)))).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void badInputGetsAVectorNotAnException() {
        List<String> bad = Arrays.asList("", null, "😀😀😀", "x".repeat(100_000), "很".repeat(100_000),
                "The quick brown fox jumps over the lazy dog", "Быстрая коричневая лиса");
        List<Encoding> e = encoder.encode(bad);
        assertThat(e).hasSize(bad.size()).allSatisfy(x -> assertThat(x.cosine(x)).isCloseTo(1.0, within(1e-4)));
        assertThat(encoder.encode(List.of())).isEmpty();
    }

    @Test
    void theOriginalModelHasNoHeads() {
        assertThat(encoder.heads()).isEmpty();
        assertThat(encoder.encode("测试").probabilities()).isEmpty();
    }
}
