package org.yuqing.briefing.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yuqing.briefing.charts.ChartImage;
import org.yuqing.briefing.figures.AlertFigures;
import org.yuqing.briefing.figures.AlertRow;
import org.yuqing.briefing.figures.Count;
import org.yuqing.briefing.figures.HijackedSite;
import org.yuqing.briefing.figures.HotIssueFigure;
import org.yuqing.briefing.figures.PolicyFigure;
import org.yuqing.briefing.figures.WeekFigures;
import org.yuqing.briefing.figures.WeekOnWeek;
import org.yuqing.briefing.narrative.BriefingNarrative;
import org.yuqing.briefing.narrative.Phrases;

/**
 * What the template shows, every figure already written as text, so that the HTML and the PDF (made from that
 * HTML) cannot show a number differently.
 */
public record BriefingView(String title, String weekLabel, String scope, String generatedAt, boolean quiet,
                           boolean comparable, String assessment, String riskLevel, List<KeyFigure> keyFigures, List<ChartImage> charts,
                           List<Issue> hotIssues, List<Policy> policies, Alerts alerts, List<Site> hijackedSites,
                           List<String> watchList) {

    public record KeyFigure(String name, String thisWeek, String lastWeek, String change) {
    }

    /** @param facts what is known of it, such as {@code 地区：A市}; a field without a value is left out */
    public record Issue(int rank, String title, String facts, List<String> quotes) {
    }

    public record Policy(String title, String docNo, String issuer, String published, String mentions,
                         String misreadings, List<Clause> clauses) {
    }

    public record Clause(String clause, String count, String kind) {
    }

    public record Alerts(String raised, String byType, String answered, String medianResponse, List<Body> bodies,
                         List<Overdue> overdue) {
    }

    public record Body(String body, String raised, String answered, String medianResponse) {
    }

    public record Overdue(String body, String title, String policyTitle, String deadline) {
    }

    public record Site(String site, String pages, List<String> urls) {
    }

    public static BriefingView of(WeekFigures f, BriefingNarrative narrative, List<ChartImage> charts, String generatedAt) {
        String scope = f.region() == null ? "全部地区" : f.region();
        // Week-on-week columns only where there is a week before to compare with.
        return new BriefingView("舆情周报", f.week().chineseLabel(), scope, generatedAt, f.quiet(),
                f.lastWeek().total() > 0, narrative.assessment(), narrative.risk().level().chinese(), keyFigures(f), charts,
                issues(f.hotIssues()), policies(f.policies()), alerts(f.alerts()), sites(f.hijackedSites()),
                narrative.watchList());
    }

    private static List<KeyFigure> keyFigures(WeekFigures f) {
        List<KeyFigure> rows = new ArrayList<>();
        rows.add(counted("留言和评论总量", f.volume()));
        rows.add(counted("负面信息", f.negatives()));
        rows.add(new KeyFigure("负面占比", Phrases.percent(f.thisWeek().negativeShare()),
                Phrases.percent(f.lastWeek().negativeShare()),
                Phrases.pointChange(f.thisWeek().negativeShare(), f.lastWeek().negativeShare())));
        rows.add(counted("政策误读", f.misreadings()));
        Count top = f.thisWeek().topTopic();
        Count lastTop = f.lastWeek().topTopic();
        rows.add(new KeyFigure("最受关注话题", top == null ? "—" : top.key() + "（" + top.count() + "条）",
                lastTop == null ? "—" : lastTop.key() + "（" + lastTop.count() + "条）", ""));
        return rows;
    }

    private static KeyFigure counted(String name, WeekOnWeek figure) {
        return new KeyFigure(name, figure.current() + "条", figure.previous() + "条", Phrases.change(figure));
    }

    private static List<Issue> issues(List<HotIssueFigure> hotIssues) {
        List<Issue> issues = new ArrayList<>();
        for (HotIssueFigure issue : hotIssues) {
            List<String> facts = new ArrayList<>();
            if (issue.region() != null && !issue.region().isBlank()) {
                facts.add("地区：" + issue.region());
            }
            facts.add("信息量：" + issue.count() + "条");
            if (issue.seenTheWeekBefore()) {
                facts.add("趋势：" + trend(issue.trend()));
            }
            if (issue.negativeShare() != null) {
                facts.add("负面占比：" + Phrases.percent(issue.negativeShare()));
            }
            issues.add(new Issue(issues.size() + 1, issue.title(), String.join("；", facts), issue.quotes()));
        }
        return issues;
    }

    /** The hot-issue trend is growth of the message rate: 0 steady, 1 doubled. */
    static String trend(double trend) {
        if (trend >= 0.2) {
            return String.format(Locale.ROOT, "上升（+%.0f%%）", trend * 100);
        }
        if (trend <= -0.2) {
            return String.format(Locale.ROOT, "回落（%.0f%%）", trend * 100);
        }
        return "平稳";
    }

    private static List<Policy> policies(List<PolicyFigure> figures) {
        List<Policy> policies = new ArrayList<>();
        for (PolicyFigure p : figures) {
            List<Clause> clauses = p.misreadClauses().stream()
                    .map(c -> new Clause(c.clause(), c.count() + "条", Phrases.label(c.mainKind()))).toList();
            policies.add(new Policy(p.title(), p.docNo() == null ? "" : p.docNo(), p.issuer() == null ? "" : p.issuer(),
                    p.publishedThisWeek() ? "本周发布" : "持续讨论", p.mentions() + "条", p.misreadings() + "条", clauses));
        }
        return policies;
    }

    private static Alerts alerts(AlertFigures a) {
        String byType = a.raisedByType().isEmpty() ? "—" : String.join("，", a.raisedByType().stream()
                .map(c -> Phrases.label(c.key()) + c.count() + "条").toList());
        List<Body> bodies = a.byBody().stream().map(b -> new Body(b.body(), b.raised() + "条", b.answered() + "条",
                Phrases.hours(b.medianResponseHours()))).toList();
        List<Overdue> overdue = a.overdue().stream().map(o -> new Overdue(o.responsibleBody(), o.title(),
                o.policyTitle() == null ? "—" : o.policyTitle(),
                Phrases.time(AlertRow.instantOrNull(o.deadline()), o.deadline()))).toList();
        return new Alerts(a.raised() + "条", byType, a.answered() + "条", Phrases.hours(a.medianResponseHours()),
                bodies, overdue);
    }

    private static List<Site> sites(List<HijackedSite> sites) {
        return sites.stream().map(s -> new Site(s.site(), s.pages() + "页", s.urls())).toList();
    }
}
