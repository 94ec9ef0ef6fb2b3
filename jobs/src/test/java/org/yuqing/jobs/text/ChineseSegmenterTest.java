package org.yuqing.jobs.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseSegmenterTest {

    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    @Test
    void traditionalTextIsSegmentedAfterConversionToSimplified() {
        String simplified = segmenter.toSimplified("示例市人民政府辦公廳關於優化營商環境的通知");

        assertThat(simplified).isEqualTo("示例市人民政府办公厅关于优化营商环境的通知");
        assertThat(segmenter.words(simplified)).contains("办公厅", "优化", "通知").doesNotContain("辦");
    }

    @Test
    void whitespaceIsNotAWord() {
        assertThat(segmenter.words("基础养老金  提高\n到230元")).doesNotContain(" ", "\n", "").contains("基础", "养老金");
    }

    @Test
    void governmentTermsOfTheUserDictionaryStayWhole() {
        assertThat(segmenter.words("深化放管服改革，推进政务公开和一网通办，落实双随机、一公开监管，粤省事上就能办"))
                .contains("放管服", "政务公开", "一网通办", "双随机、一公开", "粤省事");
        assertThat(segmenter.words("持续优化营商环境")).contains("营商环境");
    }
}
