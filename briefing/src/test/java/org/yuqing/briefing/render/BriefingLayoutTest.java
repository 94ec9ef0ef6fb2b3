package org.yuqing.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yuqing.briefing.Briefing;
import org.yuqing.briefing.SampleWeeks;
import org.yuqing.briefing.WeeklyBriefing;
import org.yuqing.briefing.figures.DocumentMix;
import org.yuqing.briefing.figures.HotIssueFigure;
import org.yuqing.briefing.figures.WeekFigures;

/** The rendered pages of a busy week's briefing: nothing drawn over anything else, no hot issue twice. */
class BriefingLayoutTest {

    private final WeeklyBriefing briefing = new WeeklyBriefing(null, CjkFont.locate(null, Map.of()),
            Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void noTextOverlapsTextOrHidesUnderAChart() throws Exception {
        Briefing written = briefing.render(SampleWeeks.busy());

        PdfLayout pages = PdfLayout.of(written.pdf());
        assertThat(pages.images()).as("charts drawn").isGreaterThanOrEqualTo(3);
        assertThat(pages.overlappingText()).isEmpty();
        assertThat(pages.hiddenByImages()).isEmpty();
        assertThat(pages.hotIssueTitles()).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void aHotIssueNewThisWeekShowsNoTrendAndAFieldWithoutAValueIsLeftOut() throws Exception {
        WeekFigures busy = SampleWeeks.busy();
        HotIssueFigure fromComments = new HotIssueFigure("《关于调整公交票价的通知》网民评论", null, 8, 8, -1.0, 4.0, null,
                List.of("票价下个月就涨到5元了"), false);
        WeekFigures week = new WeekFigures(busy.week(), null, busy.thisWeek(), busy.lastWeek(),
                List.of(busy.hotIssues().get(0), fromComments), busy.policies(), busy.alerts(), busy.hijackedSites());

        String text = PdfLayout.of(briefing.render(week).pdf()).text().replaceAll("\\s+", "");

        assertThat(text).contains("地区：北京市；信息量：35条；趋势：上升（+120%）", "2.《关于调整公交票价的通知》网民评论信息量：8条“")
                .doesNotContain("地区：；", "回落（-100%）", "负面占比：—");
    }

    @Test
    void withoutAWeekBeforeThereIsNothingToCompareWith() throws Exception {
        WeekFigures busy = SampleWeeks.busy();
        WeekFigures firstWeek = new WeekFigures(busy.week(), null, busy.thisWeek(), DocumentMix.EMPTY, busy.hotIssues(),
                busy.policies(), busy.alerts(), busy.hijackedSites());

        String text = PdfLayout.of(briefing.render(firstWeek).pdf()).text().replaceAll("\\s+", "");

        assertThat(text).doesNotContain("上周为零", "环比", "较上周");
    }
}
