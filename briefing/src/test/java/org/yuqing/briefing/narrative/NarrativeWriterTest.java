package org.yuqing.briefing.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.briefing.SampleWeeks;
import org.yuqing.briefing.figures.AlertFigures;
import org.yuqing.briefing.figures.DocumentMix;
import org.yuqing.briefing.figures.WeekFigures;

class NarrativeWriterTest {

    @Test
    void theParagraphGivesVolumeChangeDominantConcernAndRisk() {
        BriefingNarrative narrative = NarrativeWriter.write(SampleWeeks.busy());

        assertThat(narrative.assessment())
                .contains("共监测到公众留言和评论120条，较上周增长50.0%（上周80条）")
                .contains("公众最关注“劳动和社会保障”类问题，共70条，占58.3%")
                .contains("热度最高的话题是“求职补贴申领难”（35条）")
                .contains("负面情绪占45.0%，较上周上升20.0个百分点")
                .contains("《关于进一步做好稳就业工作的通知》中“毕业两年内的高校毕业生可申领一次性求职补贴”（12条）")
                .contains("超期未答复1条")
                .contains("综合研判，本周舆情风险高：1条预警超过答复期限仍未答复");
        assertThat(narrative.risk().level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aFallingCalmWeekIsLowRiskAndSaysSo() {
        WeekFigures calm = new WeekFigures(SampleWeeks.WEEK, "北京市", SampleWeeks.mix(60, 6, 0, "城乡建设", 40),
                SampleWeeks.mix(80, 10, 2, "城乡建设", 50), List.of(), List.of(), AlertFigures.NONE, List.of());

        BriefingNarrative narrative = NarrativeWriter.write(calm);

        assertThat(narrative.assessment()).startsWith("本周北京市共监测到公众留言和评论60条，较上周下降25.0%")
                .contains("负面情绪占10.0%，较上周下降2.5个百分点")
                .endsWith("综合研判，本周舆情风险低，总体平稳。");
        assertThat(narrative.risk().reasons()).isEmpty();
        assertThat(narrative.watchList()).containsExactly(WatchList.NOTHING);
    }

    @Test
    void aQuietWeekGetsOneShortHonestParagraph() {
        BriefingNarrative narrative = NarrativeWriter.write(SampleWeeks.quiet());

        assertThat(narrative.assessment()).isEqualTo(
                "本周未监测到公众留言和评论，也没有新的热点、政策误读预警或被劫持的网站。舆情总体平稳，风险低。");
        assertThat(narrative.risk().level()).isEqualTo(RiskLevel.LOW);
        assertThat(narrative.watchList()).containsExactly(WatchList.NOTHING);
    }

    @Test
    void aQuietWeekAfterABusyOneSaysHowManyThereWereBefore() {
        WeekFigures quietAfterBusy = new WeekFigures(SampleWeeks.WEEK, null, DocumentMix.EMPTY,
                SampleWeeks.mix(80, 20, 4, "城乡建设", 50), List.of(), List.of(), AlertFigures.NONE, List.of());

        assertThat(NarrativeWriter.write(quietAfterBusy).assessment()).startsWith("本周未监测到公众留言和评论（上周80条）");
    }

    @Test
    void aMajorityOfNegativeMessagesIsHighRiskEvenWithoutAlerts() {
        WeekFigures angry = new WeekFigures(SampleWeeks.WEEK, null, SampleWeeks.mix(100, 65, 0, "交通运输", 60),
                SampleWeeks.mix(100, 60, 0, "交通运输", 60), List.of(), List.of(), AlertFigures.NONE, List.of());

        RiskAssessment risk = RiskAssessment.of(angry);

        assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.reasons()).containsExactly("负面情绪占65.0%");
    }

    @Test
    void aNegativeShareJumpingTenPointsIsMediumRisk() {
        WeekFigures souring = new WeekFigures(SampleWeeks.WEEK, null, SampleWeeks.mix(100, 30, 0, "交通运输", 60),
                SampleWeeks.mix(100, 15, 0, "交通运输", 60), List.of(), List.of(), AlertFigures.NONE, List.of());

        RiskAssessment risk = RiskAssessment.of(souring);

        assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(risk.reasons()).containsExactly("负面情绪占比较上周上升15.0个百分点");
    }

    @Test
    void theWatchListPutsOverdueAnswersFirstThenMisreadClausesRisingIssuesAndHijackedSites() {
        List<String> watch = NarrativeWriter.write(SampleWeeks.busy()).watchList();

        assertThat(watch).hasSize(4);
        assertThat(watch.get(0)).isEqualTo("督促北京市交通委员会尽快答复““公交票价上调”被误读”（答复期限11月20日 10:00已过）");
        assertThat(watch.get(1)).contains("本周被误读12条，建议北京市人民政府发布解读或澄清");
        assertThat(watch.get(2)).isEqualTo("“求职补贴申领难”热度仍在上升（35条），关注后续发展");
        assertThat(watch.get(3)).isEqualTo("督促www.example.gov.cn清理被劫持的页面（3页）并排查漏洞");
    }
}
