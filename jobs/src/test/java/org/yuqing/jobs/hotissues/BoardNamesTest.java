package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.jobs.text.ChineseSegmenter;

/** Names HanLP cuts into pieces are read back from a subject; words, places and roads are not names. */
class BoardNamesTest {

    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    @Test
    void aCaseOrEstateHanLpDoesNotKnowIsOneName() {
        assertThat(names("严惩A市58车贷特大集资诈骗案保护伞")).contains("58车贷");
        assertThat(names("请书记关注A市A4区58车贷案")).contains("58车贷");
        assertThat(names("投诉丽发新城小区附近违建搅拌站噪音扰民")).contains("丽发新城");
        assertThat(names("投诉A2区丽发新城附近建搅拌站噪音扰民")).contains("丽发新城");
    }

    @Test
    void wordsPlacesAndRoadsAreNoNames() {
        assertThat(names("何时能解决小区停车难的问题")).isEmpty();
        assertThat(names("A市万家丽北路楚龙路口十字路口人行道围挡何时拆除")).doesNotContain("万家丽");
        assertThat(names("A7县海德公园楼盘没有配套公办幼儿园")).isEmpty();
    }

    private java.util.List<String> names(String subject) {
        return BoardNames.in(subject, String.join(" ", segmenter.words(subject)));
    }
}
