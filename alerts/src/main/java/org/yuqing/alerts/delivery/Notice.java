package org.yuqing.alerts.delivery;

import java.util.Locale;

/** Why a recipient is told about an alert; the mail subject and the webhook's {@code X-Yuqing-Notice} say which. */
public enum Notice {
    /** The first time the router sees the alert. */
    NEW("舆情预警"),
    /** A newer version with a higher severity. */
    SEVERITY_RAISED("预警升级"),
    /** A closed alert that the job reports active again. */
    REOPENED("预警再起"),
    /** A reminder to the recipients: the response deadline passed unanswered. */
    OVERDUE("逾期未答复"),
    /** The same, to the fallback recipient (the publicity office), once. */
    ESCALATION("逾期督办");

    private final String chineseLabel;

    Notice(String chineseLabel) {
        this.chineseLabel = chineseLabel;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseLabel() {
        return chineseLabel;
    }
}
