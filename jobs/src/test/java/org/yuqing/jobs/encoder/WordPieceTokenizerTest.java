package org.yuqing.jobs.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private static final WordPieceTokenizer TOKENIZER = tokenizer();

    private static WordPieceTokenizer tokenizer() {
        try {
            return WordPieceTokenizer.read(new ByteArrayInputStream(EncoderModel.resource(EncoderModel.RESOURCE_FOLDER + "vocab.txt")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void givesTheIdsTheTrainingSideGaveOnAwkwardTexts() throws Exception {
        // written by training/transformer/fixtures.py: emoji, full-width letters, English, whitespace only, accents
        String lines = new String(EncoderModel.resource("/org/yuqing/jobs/encoder/tokens.jsonl"), StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : lines.split("\n")) {
            JsonNode record = new ObjectMapper().readTree(line);
            int[] expected = new ObjectMapper().convertValue(record.get("ids"), int[].class);
            assertThat(TOKENIZER.encode(record.get("text").asText(), record.get("max").asInt()))
                    .as(record.get("text").asText()).containsExactly(expected);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aVeryLongTextIsCutToTheLimit() {
        int[] ids = TOKENIZER.encode("很长的留言".repeat(20_000), 128);
        assertThat(ids).hasSize(128);
        assertThat(ids[0]).isEqualTo(101);
        assertThat(ids[127]).isEqualTo(102);
    }
}
