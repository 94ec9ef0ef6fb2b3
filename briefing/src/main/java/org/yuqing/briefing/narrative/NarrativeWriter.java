package org.yuqing.briefing.narrative;

import java.util.List;
import org.yuqing.briefing.figures.Count;
import org.yuqing.briefing.figures.HotIssueFigure;
import org.yuqing.briefing.figures.PolicyFigure;
import org.yuqing.briefing.figures.WeekFigures;

/** Writes the 一周研判 paragraph in plain language: volume and its change, the dominant concern, the risk. */
public final class NarrativeWriter {

    private NarrativeWriter() {
    }

    public static BriefingNarrative write(WeekFigures figures) {
        RiskAssessment risk = RiskAssessment.of(figures);
        return new BriefingNarrative(assessment(figures, risk), risk, WatchList.of(figures));
    }

    static String assessment(WeekFigures f, RiskAssessment risk) {
        String scope = f.region() == null ? "" : f.region();
        if (f.quiet()) {
            String lastWeek = f.lastWeek().total() == 0 ? "" : "（上周" + f.lastWeek().total() + "条）";
            return "本周" + scope + "未监测到公众留言和评论" + lastWeek
                    + "，也没有新的热点、政策误读预警或被劫持的网站。舆情总体平稳，风险低。";
        }
        StringBuilder text = new StringBuilder();
        text.append("本周").append(scope).append("共监测到公众留言和评论").append(f.volume().current()).append("条");
        if (f.lastWeek().total() > 0) {
            text.append("，").append(Phrases.change(f.volume())).append("（上周").append(f.volume().previous()).append("条）");
        }
        text.append("。");
        Count topic = f.thisWeek().topTopic();
        if (topic != null) {
            text.append("公众最关注“").append(topic.key()).append("”类问题，共").append(topic.count()).append("条，占")
                    .append(Phrases.percent((double) topic.count() / f.thisWeek().total())).append("；");
        }
        if (!f.hotIssues().isEmpty()) {
            HotIssueFigure hottest = f.hotIssues().get(0);
            text.append("热度最高的话题是“").append(hottest.title()).append("”（").append(hottest.count()).append("条）；");
        }
        if (f.thisWeek().total() > 0) {
            text.append("负面情绪占").append(Phrases.percent(f.thisWeek().negativeShare()));
            if (f.lastWeek().total() > 0) {
                text.append("，").append(Phrases.pointChange(f.thisWeek().negativeShare(), f.lastWeek().negativeShare()));
            }
            text.append("。");
        } else {
            trimSeparator(text).append("。");
        }
        PolicyFigure mostMisread = mostMisread(f.policies());
        if (mostMisread != null) {
            PolicyFigure.MisreadClause clause = mostMisread.misreadClauses().get(0);
            text.append("涉及政策误读").append(f.misreadings().current()).append("条，最集中的是《")
                    .append(mostMisread.title()).append("》中“").append(clause.clause()).append("”（")
                    .append(clause.count()).append("条）。");
        }
        if (f.alerts().raised() > 0 || !f.alerts().overdue().isEmpty()) {
            text.append("本周发出预警").append(f.alerts().raised()).append("条，答复").append(f.alerts().answered()).append("条");
            if (!f.alerts().overdue().isEmpty()) {
                text.append("，超期未答复").append(f.alerts().overdue().size()).append("条");
            }
            text.append("。");
        }
        text.append("综合研判，本周舆情风险").append(risk.level().chinese());
        if (risk.reasons().isEmpty()) {
            text.append("，总体平稳。");
        } else {
            text.append("：").append(String.join("；", risk.reasons())).append("。");
        }
        return text.toString();
    }

    static PolicyFigure mostMisread(List<PolicyFigure> policies) {
        return policies.stream()
                .filter(p -> p.misreadings() > 0 && !p.misreadClauses().isEmpty())
                .findFirst().orElse(null);
    }

    private static StringBuilder trimSeparator(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) == '；') {
            text.setLength(text.length() - 1);
        }
        return text;
    }
}
