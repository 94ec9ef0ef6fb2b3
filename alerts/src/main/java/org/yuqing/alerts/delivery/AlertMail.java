package org.yuqing.alerts.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;

/**
 * The mail a recipient reads, in Chinese: everything a drafter needs to act without opening a dashboard — the
 * clause quoted, what people get wrong and how many, how fast, three comments in their words, what the
 * interpretation already says, a suggested clarification, who must answer and by when, and how to answer.
 */
public final class AlertMail {

    /** Deadlines are shown on the clock the recipients work by. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> KIND = Map.of("contradiction", "与原文相反", "overgeneralization", "以偏概全",
            "rumor", "谣言", "confusion", "概念混淆");
    private static final Map<String, String> TREND = Map.of("rising", "上升", "steady", "平稳", "falling", "回落");

    private AlertMail() {
    }

    public static String subject(Alert alert, Notice notice) {
        return "【" + notice.chineseLabel() + "·" + severity(alert.severity()) + "】" + alert.title();
    }

    public static String body(Alert alert, Notice notice, String recipientName) {
        StringBuilder mail = new StringBuilder();
        mail.append(recipientName).append("：\n\n").append(opening(alert, notice)).append("\n\n");
        mail.append("预警：").append(alert.title()).append('\n');
        mail.append("编号：").append(alert.id()).append("（第 ").append(alert.version()).append(" 版）\n");
        mail.append("级别：").append(severity(alert.severity()))
                .append("    状态：").append(alert.state() == AlertState.SUBSIDED ? "已平息" : "持续中").append('\n');
        if (alert.policyTitle() != null) {
            mail.append("政策：《").append(alert.policyTitle()).append("》");
            if (alert.docNo() != null) {
                mail.append("（").append(alert.docNo()).append("）");
            }
            mail.append('\n');
        }
        line(mail, "发文机关", alert.issuer());
        line(mail, "负责答复", alert.responsibleBody());
        line(mail, "答复期限", dateTime(alert.responseDeadline()));
        line(mail, "发现时间", dateTime(alert.raisedAt()));
        mail.append('\n');
        switch (alert.type()) {
            case MISREADING -> misreading(mail, alert.misreading());
            case INTERPRETATION_MISSING -> interpretationMissing(mail, alert.interpretation());
            case SITE_HIJACKED -> siteHijacked(mail, alert.site());
        }
        mail.append("\n处理方式（在舆情系统所在机器上）：\n")
                .append("  确认收到：./yuqing alerts ack ").append(alert.id()).append(" --by 姓名\n")
                .append("  答复：    ./yuqing alerts answer ").append(alert.id())
                .append(" --by 姓名 --text \"澄清内容\"  或  --url 已发布解读的链接\n");
        if (alert.responseDeadline() != null) {
            mail.append("逾期未答复的，系统将再次提醒并报宣传部门督办。\n");
        }
        mail.append("\n—— 舆情监测系统（此邮件由系统自动发送）\n");
        return mail.toString();
    }

    private static String opening(Alert alert, Notice notice) {
        String what = switch (alert.type()) {
            case MISREADING -> "以下政策条款正被公众误读，请核实并发布澄清。";
            case INTERPRETATION_MISSING -> "以下政策已公开但尚未按时发布解读，请尽快发布。";
            case SITE_HIJACKED -> "贵单位网站的部分页面被植入垃圾信息（疑似被劫持），请尽快排查处置。";
        };
        return switch (notice) {
            case NEW -> what;
            case SEVERITY_RAISED -> "此前通知的预警级别已升至“" + severity(alert.severity()) + "”。" + what;
            case REOPENED -> "此前已平息的预警再次活跃。" + what;
            case OVERDUE -> "此预警已超过答复期限仍未答复，请尽快处理。" + what;
            case ESCALATION -> "此预警已超过答复期限，" + (alert.responsibleBody() == null ? "负责单位" : alert.responsibleBody())
                    + "仍未答复，现报请督办。" + what;
        };
    }

    private static void misreading(StringBuilder mail, Alert.MisreadingDetails m) {
        if (m == null) {
            return;
        }
        mail.append("被误读的条款").append(m.clauseId() == null ? "" : "（" + m.clauseId() + "）").append("：\n");
        mail.append("「").append(m.clause()).append("」\n\n");
        mail.append("误读类型：").append(kind(m.kind()));
        if (m.countsByKind().size() > 1) {
            mail.append("（").append(m.countsByKind().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> kind(e.getKey()) + " " + e.getValue() + " 条").collect(Collectors.joining("，"))).append("）");
        }
        mail.append('\n');
        mail.append("涉及评论：").append(m.count()).append(" 条；最近一个时段 ").append(m.lastWindow())
                .append(" 条，前一时段 ").append(m.previousWindow()).append(" 条，趋势：")
                .append(TREND.getOrDefault(m.trend(), String.valueOf(m.trend()))).append('\n');
        mail.append("传播：点赞 ").append(m.likes()).append("，转发 ").append(m.reposts()).append("，回复 ").append(m.replies())
                .append("；负面情绪占比 ").append(String.format(Locale.ROOT, "%.0f%%", m.negativeShare() * 100)).append("\n\n");
        List<String> examples = m.examples().stream().limit(3).toList();
        if (!examples.isEmpty()) {
            mail.append("评论示例（已脱敏）：\n");
            for (int i = 0; i < examples.size(); i++) {
                mail.append(i + 1).append(". 「").append(examples.get(i)).append("」\n");
            }
            mail.append('\n');
        }
        if (m.interpretationPassage() != null) {
            mail.append("已发布解读中的相关段落：\n「").append(m.interpretationPassage()).append("」\n\n");
        } else {
            mail.append("已发布的解读中没有回应这一误读的段落。\n\n");
        }
        if (m.suggestedClarification() != null) {
            mail.append("建议澄清口径：\n").append(m.suggestedClarification()).append('\n');
        }
    }

    private static void interpretationMissing(StringBuilder mail, Alert.InterpretationDetails details) {
        if (details == null) {
            return;
        }
        line(mail, "政策公开日期", details.publishedAt());
        line(mail, "解读应发布日期", details.dueBy());
        mail.append("已逾期：").append(details.workingDaysOverdue()).append(" 个工作日\n");
        mail.append("依“谁起草、谁解读”，请起草单位发布政策解读。\n");
    }

    private static void siteHijacked(StringBuilder mail, Alert.SiteDetails site) {
        if (site == null) {
            return;
        }
        line(mail, "网站", site.host());
        mail.append("发现异常页面：").append(site.pages()).append(" 个\n");
        if (!site.urls().isEmpty()) {
            mail.append("页面示例：\n");
            site.urls().stream().limit(5).forEach(url -> mail.append("  ").append(url).append('\n'));
        }
        if (!site.evidence().isEmpty()) {
            mail.append("判断依据：\n");
            site.evidence().stream().limit(5).forEach(e -> mail.append("  - ").append(e).append('\n'));
        }
    }

    private static void line(StringBuilder mail, String label, String value) {
        if (value != null) {
            mail.append(label).append("：").append(value).append('\n');
        }
    }

    static String severity(AlertSeverity severity) {
        if (severity == null) {
            return "未定级";
        }
        return switch (severity) {
            case LOW -> "低";
            case MEDIUM -> "中";
            case HIGH -> "高";
            case CRITICAL -> "严重";
        };
    }

    private static String kind(String kind) {
        return kind == null ? "未分类" : KIND.getOrDefault(kind, kind);
    }

    /** An instant as Beijing time; a bare date as it is; anything else unchanged rather than lost. */
    static String dateTime(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LOCAL.format(Instant.parse(iso).atZone(CHINA)) + "（北京时间）";
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(iso).toString();
            } catch (DateTimeParseException notADate) {
                return iso;
            }
        }
    }
}
