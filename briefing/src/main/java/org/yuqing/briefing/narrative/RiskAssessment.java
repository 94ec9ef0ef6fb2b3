package org.yuqing.briefing.narrative;

import java.util.ArrayList;
import java.util.List;
import org.yuqing.briefing.figures.HotIssueFigure;
import org.yuqing.briefing.figures.WeekFigures;

/**
 * The week's risk and what makes it so. Unanswered alerts past their deadline are the highest risk: the public
 * is misreading a policy and nobody has answered. Rising misreadings, a large or growing negative share, a fast
 * growing negative issue and hijacked government pages each make it at least medium.
 */
public record RiskAssessment(RiskLevel level, List<String> reasons) {

    static final double NEGATIVE_SHARE_MEDIUM = 0.40;
    static final double NEGATIVE_SHARE_HIGH = 0.60;
    static final double NEGATIVE_RISE_POINTS = 0.10;
    static final double ISSUE_DOUBLING = 1.0;

    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }

    public static RiskAssessment of(WeekFigures figures) {
        RiskLevel level = RiskLevel.LOW;
        List<String> reasons = new ArrayList<>();
        int overdue = figures.alerts().overdue().size();
        if (overdue > 0) {
            level = level.atLeast(RiskLevel.HIGH);
            reasons.add(overdue + "条预警超过答复期限仍未答复");
        }
        long misread = figures.misreadings().current();
        if (misread > 0 && misread > figures.misreadings().previous()) {
            level = level.atLeast(RiskLevel.MEDIUM);
            reasons.add("政策误读" + misread + "条" + (figures.lastWeek().total() > 0 ? "，" + Phrases.change(figures.misreadings()) : ""));
        }
        double negative = figures.thisWeek().negativeShare();
        if (figures.thisWeek().total() > 0 && negative >= NEGATIVE_SHARE_MEDIUM) {
            level = level.atLeast(negative >= NEGATIVE_SHARE_HIGH ? RiskLevel.HIGH : RiskLevel.MEDIUM);
            reasons.add("负面情绪占" + Phrases.percent(negative));
        } else if (figures.lastWeek().total() > 0
                && negative - figures.lastWeek().negativeShare() >= NEGATIVE_RISE_POINTS) {
            level = level.atLeast(RiskLevel.MEDIUM);
            reasons.add("负面情绪占比" + Phrases.pointChange(negative, figures.lastWeek().negativeShare()));
        }
        for (HotIssueFigure issue : figures.hotIssues()) {
            if (issue.trend() >= ISSUE_DOUBLING && issue.negativeShare() != null && issue.negativeShare() >= 0.5) {
                level = level.atLeast(RiskLevel.MEDIUM);
                reasons.add("热点“" + issue.title() + "”快速升温且以负面为主");
                break;
            }
        }
        if (!figures.hijackedSites().isEmpty()) {
            level = level.atLeast(RiskLevel.MEDIUM);
            reasons.add(figures.hijackedSites().size() + "个网站页面被劫持");
        }
        return new RiskAssessment(level, reasons);
    }
}
