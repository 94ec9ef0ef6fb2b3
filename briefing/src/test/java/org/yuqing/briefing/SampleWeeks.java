package org.yuqing.briefing;

import java.time.LocalDate;
import java.util.List;
import org.yuqing.briefing.figures.AlertFigures;
import org.yuqing.briefing.figures.Count;
import org.yuqing.briefing.figures.DailySourceVolume;
import org.yuqing.briefing.figures.DocumentMix;
import org.yuqing.briefing.figures.HijackedSite;
import org.yuqing.briefing.figures.HotIssueFigure;
import org.yuqing.briefing.figures.PolicyFigure;
import org.yuqing.briefing.figures.WeekFigures;
import org.yuqing.briefing.week.BriefingWeek;

/** Weeks of figures for tests that need no Elasticsearch. */
public final class SampleWeeks {

    public static final BriefingWeek WEEK = BriefingWeek.parse("2026-W47");

    private SampleWeeks() {
    }

    public static DocumentMix mix(long total, long negative, long misread, String topTopic, long topTopicCount) {
        return new DocumentMix(total, negative, misread,
                List.of(new Count("neutral", total - negative), new Count("negative", negative)),
                List.of(new Count("angry", negative), new Count("neutral", total - negative)),
                List.of(new Count(topTopic, topTopicCount), new Count("交通运输", total - topTopicCount)),
                List.of(new Count("北京市", total)),
                List.of(new DailySourceVolume(LocalDate.of(2026, 11, 16), "留言板", total / 2),
                        new DailySourceVolume(LocalDate.of(2026, 11, 18), "新闻评论", total - total / 2)));
    }

    public static WeekFigures quiet() {
        return new WeekFigures(WEEK, null, DocumentMix.EMPTY, DocumentMix.EMPTY, List.of(), List.of(),
                AlertFigures.NONE, List.of());
    }

    /** A busy week: 120 messages against 80, a misread clause, an overdue alert, a hijacked site. */
    public static WeekFigures busy() {
        PolicyFigure policy = new PolicyFigure("p1", "关于进一步做好稳就业工作的通知", "京政发〔2026〕12号", "北京市人民政府",
                true, 40, 12, List.of(new PolicyFigure.MisreadClause("毕业两年内的高校毕业生可申领一次性求职补贴", 12, "overgeneralization")));
        AlertFigures alerts = new AlertFigures(3, List.of(new Count("misreading", 2), new Count("site_hijacked", 1)), 2, 5.5,
                List.of(new AlertFigures.BodyResponse("北京市人力资源和社会保障局", 2, 1, 5.0)),
                List.of(new AlertFigures.OverdueAlert("北京市交通委员会", "“公交票价上调”被误读", "关于调整公交票价的通知",
                        "2026-11-20T02:00:00Z", "2026-11-17T02:00:00Z")));
        return new WeekFigures(WEEK, null, mix(120, 54, 12, "劳动和社会保障", 70), mix(80, 20, 4, "城乡建设", 50),
                List.of(new HotIssueFigure("求职补贴申领难", "北京市", 35, 30, 1.2, 8.5, 0.6,
                        List.of("补贴到底谁能领？问了三次都说不清", "申请页面一直打不开"), true)),
                List.of(policy), alerts,
                List.of(new HijackedSite("www.example.gov.cn", 3, List.of("http://www.example.gov.cn/a.html"))));
    }
}
