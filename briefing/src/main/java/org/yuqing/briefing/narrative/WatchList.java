package org.yuqing.briefing.narrative;

import java.util.ArrayList;
import java.util.List;
import org.yuqing.briefing.figures.AlertFigures;
import org.yuqing.briefing.figures.AlertRow;
import org.yuqing.briefing.figures.HijackedSite;
import org.yuqing.briefing.figures.HotIssueFigure;
import org.yuqing.briefing.figures.PolicyFigure;
import org.yuqing.briefing.figures.WeekFigures;

/** What to watch next week, most pressing first: overdue answers, misread clauses, rising issues, hijacked sites. */
final class WatchList {

    static final int MAX_ITEMS = 8;
    static final double RISING = 0.5;
    static final String NOTHING = "暂无需要特别关注的事项，保持常规监测。";

    private WatchList() {
    }

    static List<String> of(WeekFigures f) {
        List<String> items = new ArrayList<>();
        for (AlertFigures.OverdueAlert alert : f.alerts().overdue()) {
            items.add("督促" + alert.responsibleBody() + "尽快答复“" + alert.title() + "”（答复期限"
                    + Phrases.time(AlertRow.instantOrNull(alert.deadline()), alert.deadline()) + "已过）");
        }
        for (PolicyFigure policy : f.policies()) {
            if (policy.misreadings() > 0 && !policy.misreadClauses().isEmpty()) {
                String body = policy.issuer() == null ? "起草单位" : policy.issuer();
                items.add("《" + policy.title() + "》“" + policy.misreadClauses().get(0).clause() + "”本周被误读"
                        + policy.misreadings() + "条，建议" + body + "发布解读或澄清");
            }
        }
        for (HotIssueFigure issue : f.hotIssues()) {
            if (issue.trend() >= RISING) {
                items.add("“" + issue.title() + "”热度仍在上升（" + issue.count() + "条），关注后续发展");
            }
        }
        for (HijackedSite site : f.hijackedSites()) {
            items.add("督促" + site.site() + "清理被劫持的页面（" + site.pages() + "页）并排查漏洞");
        }
        for (PolicyFigure policy : f.policies()) {
            if (policy.publishedThisWeek() && policy.misreadings() == 0) {
                items.add("关注新发布的《" + policy.title() + "》的公众反应");
            }
        }
        if (items.isEmpty()) {
            items.add(NOTHING);
        }
        return items.size() > MAX_ITEMS ? List.copyOf(items.subList(0, MAX_ITEMS)) : List.copyOf(items);
    }
}
