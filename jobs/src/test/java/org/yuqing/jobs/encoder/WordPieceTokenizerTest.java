package org.yuqing.jobs.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    /** The ids of the characters of a text without [CLS] and [SEP]: one token per CJK character. */
    private static int[] inner(String text) {
        int[] ids = TOKENIZER.encode(text, 10_000);
        return Arrays.copyOfRange(ids, 1, ids.length - 1);
    }

    @Test
    void aHeadCutKeepsTheFirstTokens() {
        String text = "一二三四五六七八九十".repeat(10);
        int[] ids = TOKENIZER.encode(text, TokenCut.head(64));
        assertThat(ids).hasSize(64);
        assertThat(ids).isEqualTo(TOKENIZER.encode(text, 64));
        assertThat(Arrays.copyOfRange(ids, 1, 63)).isEqualTo(Arrays.copyOfRange(inner(text), 0, 62));
    }

    @Test
    void aHeadAndTailCutKeepsTheFirstTokensAndTheLast() {
        String text = "甲".repeat(100) + "乙".repeat(100) + "丙丁戊己庚辛壬癸";
        int[] ids = TOKENIZER.encode(text, TokenCut.parse("64:16"));
        assertThat(ids).hasSize(64);
        assertThat(ids[0]).isEqualTo(101);
        assertThat(ids[63]).isEqualTo(102);
        int[] all = inner(text);
        // 46 of the head, 16 of the end: [CLS], 46, 16, [SEP]
        assertThat(Arrays.copyOfRange(ids, 1, 47)).isEqualTo(Arrays.copyOfRange(all, 0, 46));
        assertThat(Arrays.copyOfRange(ids, 47, 63)).isEqualTo(Arrays.copyOfRange(all, all.length - 16, all.length));
    }

    @Test
    void aTextThatFitsIsWholeWhateverTheCut() {
        for (int length : new int[] {0, 10, 46, 47, 61, 62}) {
            String text = "天地玄黄宇宙洪荒日月盈昃".repeat(6).substring(0, length);
            assertThat(TOKENIZER.encode(text, TokenCut.parse("64:16"))).as("%d characters", length)
                    .isEqualTo(TOKENIZER.encode(text, 64)).hasSize(length + 2);
        }
        // one token past the budget: the middle loses one
        String text = "天地玄黄宇宙洪荒日月盈昃".repeat(6).substring(0, 63);
        int[] ids = TOKENIZER.encode(text, TokenCut.parse("64:16"));
        assertThat(ids).hasSize(64);
        int[] all = inner(text);
        assertThat(Arrays.copyOfRange(ids, 47, 63)).isEqualTo(Arrays.copyOfRange(all, 47, 63));
    }

    @Test
    void theTailOfAVeryLongTextIsItsEnd() {
        String text = "很长的留言".repeat(20_000) + "最后的话";
        int[] ids = TOKENIZER.encode(text, TokenCut.parse("96:16"));
        assertThat(ids).hasSize(96);
        assertThat(Arrays.copyOfRange(ids, 91, 95)).isEqualTo(inner("最后的话"));
    }

    @Test
    void cutsAreReadAndChecked() {
        assertThat(TokenCut.parse("96")).isEqualTo(TokenCut.head(96));
        assertThat(TokenCut.parse(" 96:16 ")).isEqualTo(new TokenCut(96, 16));
        assertThat(TokenCut.parse("96:16").toString()).isEqualTo("96:16");
        assertThatThrownBy(() -> TokenCut.parse("96+16")).hasMessageContaining("N or N:TAIL");
        assertThatThrownBy(() -> TokenCut.parse("16:16")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenCut.parse("2")).isInstanceOf(IllegalArgumentException.class);
    }
}
