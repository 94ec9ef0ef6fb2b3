package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A hot issue's title reads as a title in the briefing, for comments as for messages. */
class IssueTitleTest {

    private static final List<String> TOP_WORDS = List.of("每月", "养老金", "基础", "提高", "每人");

    @Test
    void aMessageIsTitledByItsSubject() {
        assertThat(IssueTitle.of(input("投诉丽发新城小区附近搅拌站噪音扰民", "搅拌站日夜施工。"), TOP_WORDS))
                .isEqualTo("投诉丽发新城小区附近搅拌站噪音扰民");
    }

    @Test
    void aCommentIsTitledByItsFirstSentenceNotByTopWords() {
        assertThat(IssueTitle.of(input(null, "基础养老金从2026年12月1日起就提高到每月230元。这次调整……"), TOP_WORDS))
                .isEqualTo("基础养老金从2026年12月1日起就提高到每月230元");
        assertThat(IssueTitle.of(input(null, "才涨30元，物价涨得比这快多了，太少了！"), TOP_WORDS))
                .isEqualTo("才涨30元，物价涨得比这快多了，太少了");
    }

    @Test
    void aFirstSentenceTooShortToSayWhatAboutTakesTheNextWithIt() {
        assertThat(IssueTitle.of(input(null, "好政策！农村老人每月多30元，实实在在的温暖。"), TOP_WORDS))
                .isEqualTo("好政策！农村老人每月多30元，实实在在的温暖");
    }

    @Test
    void aLongFirstSentenceIsCutAtTheLastCommaWithinTheLimit() {
        assertThat(IssueTitle.of(input(null, "听说以后企业退休的和机关事业单位退休的一律按一个标准发放，农村老人也一样按这个标准，是真的吗"),
                TOP_WORDS)).isEqualTo("听说以后企业退休的和机关事业单位退休的一律按一个标准发放");
    }

    @Test
    void aSentenceWithNoCommaInReachIsCutAndMarked() {
        String title = IssueTitle.of(input(null, "一".repeat(40) + "。"), TOP_WORDS);
        assertThat(title).isEqualTo("一".repeat(IssueTitle.MAX_CHARS) + "…");
    }

    @Test
    void aCommentWithoutTextFallsBackToItsTopWords() {
        assertThat(IssueTitle.of(input(null, "  "), TOP_WORDS)).isEqualTo("每月 养老金 基础 提高 每人");
    }

    private static HotIssueInput input(String subject, String text) {
        return new HotIssueInput("c1", subject, text, "", "u1", "A市", null, 0, 0, 0, 0, null);
    }
}
