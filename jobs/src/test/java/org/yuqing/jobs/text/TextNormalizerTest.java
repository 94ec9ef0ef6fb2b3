package org.yuqing.jobs.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void traditionalBecomesSimplified() {
        assertThat(normalizer.normalize("關於優化營商環境的通知")).isEqualTo("关于优化营商环境的通知");
    }

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidthButChinesePunctuationStays() {
        assertThat(normalizer.normalize("Ｇ市２０１９年ＡＰＰ无法登录！"))
                .isEqualTo("G市2019年APP无法登录！");
    }

    @Test
    void htmlEntitiesAreDecoded() {
        assertThat(normalizer.normalize("教育&amp;就业&nbsp;政策&#65281;&lt;通知&gt;"))
                .isEqualTo("教育&就业 政策！<通知>");
    }

    @Test
    void zeroWidthAndControlCharactersAreDropped() {
        assertThat(normalizer.normalize("政\u200b务\u200d公\ufeff开\u0007")).isEqualTo("政务公开");
    }

    @Test
    void whitespaceIsCollapsedAndLineBreaksKept() {
        assertThat(normalizer.normalize("  留言\t\t 内容\u3000\u3000很长\r\n\r\n\n第二段  "))
                .isEqualTo("留言 内容 很长\n第二段");
    }

    @Test
    void emojiAndWeiboEmoticonsAreKept() {
        assertThat(normalizer.normalize("又涨价了[怒][怒] 😡")).isEqualTo("又涨价了[怒][怒] 😡");
    }

    @Test
    void nothingBecomesEmpty() {
        assertThat(normalizer.normalize(null)).isEmpty();
        assertThat(normalizer.normalize(" \n ")).isEmpty();
    }
}
