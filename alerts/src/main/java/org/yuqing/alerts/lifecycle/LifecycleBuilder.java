package org.yuqing.alerts.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.yuqing.core.alert.AlertLifecycle.Notification;
import org.yuqing.core.alert.AlertLifecycle;
import org.yuqing.core.alert.AlertStatus;

/** A copy of a lifecycle with some fields changed: the one place that spells out its every field. */
final class LifecycleBuilder {

    private AlertStatus status;
    private boolean overdue;
    private String acknowledgedAt;
    private String acknowledgedBy;
    private String answeredAt;
    private String answeredBy;
    private String answer;
    private String answerUrl;
    private String escalatedAt;
    private String closedAt;
    private final LinkedHashSet<String> recipients;
    private final List<Notification> notifications;

    private LifecycleBuilder(AlertLifecycle from) {
        status = from.status();
        overdue = from.overdue();
        acknowledgedAt = from.acknowledgedAt();
        acknowledgedBy = from.acknowledgedBy();
        answeredAt = from.answeredAt();
        answeredBy = from.answeredBy();
        answer = from.answer();
        answerUrl = from.answerUrl();
        escalatedAt = from.escalatedAt();
        closedAt = from.closedAt();
        recipients = new LinkedHashSet<>(from.recipients());
        notifications = new ArrayList<>(from.notifications());
    }

    static LifecycleBuilder from(AlertLifecycle lifecycle) {
        return new LifecycleBuilder(lifecycle);
    }

    static LifecycleBuilder fresh(AlertStatus status) {
        return new LifecycleBuilder(new AlertLifecycle(status, false, null, null, null, null, null, null, null,
                null, List.of(), List.of()));
    }

    LifecycleBuilder status(AlertStatus value) {
        status = value;
        return this;
    }

    LifecycleBuilder overdue(boolean value) {
        overdue = value;
        return this;
    }

    LifecycleBuilder acknowledged(String at, String by) {
        acknowledgedAt = at;
        acknowledgedBy = by;
        return this;
    }

    LifecycleBuilder answered(String at, String by, String text, String url) {
        answeredAt = at;
        answeredBy = by;
        answer = text;
        answerUrl = url;
        return this;
    }

    LifecycleBuilder escalatedAt(String value) {
        escalatedAt = value;
        return this;
    }

    LifecycleBuilder closedAt(String value) {
        closedAt = value;
        return this;
    }

    LifecycleBuilder addRecipients(List<String> names) {
        recipients.addAll(names);
        return this;
    }

    LifecycleBuilder addNotifications(List<Notification> added) {
        notifications.addAll(added);
        return this;
    }

    AlertLifecycle build() {
        return new AlertLifecycle(status, overdue, acknowledgedAt, acknowledgedBy, answeredAt, answeredBy,
                answer, answerUrl, escalatedAt, closedAt, List.copyOf(recipients), notifications);
    }
}
