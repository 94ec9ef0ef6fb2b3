package org.yuqing.briefing.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.briefing.figures.HotIssueQuery.IndexedHotIssue;
import org.yuqing.briefing.figures.HotIssueQuery.IndexedHotIssue.Representative;
import org.yuqing.briefing.week.BriefingWeek;

/** Hot issues that are one matter to a reader are listed once. */
class HotIssueMergeTest {

    private static final BriefingWeek WEEK = BriefingWeek.parse("2026-W49");

    @Test
    void anIssueSeenByTwoWindowsCountsOnceAndTwoWithOneTitleAreJoined() {
        List<HotIssueFigure> merged = HotIssueQuery.merged(List.of(
                issue("丽发新城搅拌站噪音扰民", List.of("m1", "m2"), "2026-11-30T09:00:00+08:00", "太吵了"),
                issue("严惩58车贷案保护伞", List.of("m3"), "2026-12-01T09:00:00+08:00", "请严惩"),
                issue("丽发新城搅拌站噪音扰民", List.of("m2", "m5"), "2026-11-29T09:00:00+08:00", "太吵了"),
                issue("严惩58车贷案保护伞！", List.of("m4"), "2026-11-20T09:00:00+08:00", "案件进展如何")), WEEK);

        assertThat(merged).extracting(HotIssueFigure::title).containsExactly("丽发新城搅拌站噪音扰民", "严惩58车贷案保护伞");
        assertThat(merged.get(0).count()).isEqualTo(2);
        HotIssueFigure fraud = merged.get(1);
        assertThat(fraud.count()).isEqualTo(2);
        assertThat(fraud.quotes()).containsExactly("请严惩", "案件进展如何");
        assertThat(fraud.seenTheWeekBefore()).as("its second part began the week before").isTrue();
        assertThat(merged.get(0).seenTheWeekBefore()).isFalse();
    }

    @Test
    void twoMattersAtOneEstateStayTwo() {
        List<HotIssueFigure> merged = HotIssueQuery.merged(List.of(
                issue("咨询A市绿地海外滩二期与长戆高铁问题", List.of("m1"), "2026-12-04T12:00:00+08:00", "高铁噪音"),
                issue("A市绿地海外滩二期没交房就有楼房沉降开裂的问题", List.of("m2"), "2026-12-01T23:00:00+08:00", "沉降开裂")),
                WEEK);

        assertThat(merged).hasSize(2);
    }

    @Test
    void theTopListHoldsFiveIssuesEvenWhenTheHottestRepeatEachOther() {
        List<IndexedHotIssue> hottestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            hottestFirst.add(issue("搅拌站噪音扰民", List.of("plant-" + i, "plant-shared"), "2026-12-01T09:00:00+08:00", "吵"));
        }
        for (int i = 0; i < 5; i++) {
            hottestFirst.add(issue("事项" + i, List.of("other-" + i), "2026-12-02T09:00:00+08:00", "问题" + i));
        }

        List<HotIssueFigure> merged = HotIssueQuery.merged(hottestFirst, WEEK);

        assertThat(merged).extracting(HotIssueFigure::title)
                .containsExactly("搅拌站噪音扰民", "事项0", "事项1", "事项2", "事项3");
    }

    private static IndexedHotIssue issue(String title, List<String> messages, String firstSeen, String quote) {
        return new IndexedHotIssue(title, "A市", messages.size(), messages.size(), 0.0, 5.0, 0.5,
                List.of(new Representative(quote)), messages, firstSeen);
    }
}
