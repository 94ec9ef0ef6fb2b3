package org.yuqing.core.alert;

import java.util.List;

/**
 * What the router and the people who handle an alert add to it in {@code yuqing-alerts}, next to the fields of
 * {@link Alert}: open → acknowledged → answered, and overdue once the response deadline passes unanswered.
 *
 * @param status        open, acknowledged or answered
 * @param overdue       the deadline passed before the alert was answered; set by the router, which then notifies
 *                      again and escalates to the fallback recipient
 * @param recipients    who the routing file sent it to
 * @param notifications every delivery attempt's outcome, newest last
 */
public record AlertLifecycle(String status, boolean overdue, String acknowledgedAt, String acknowledgedBy,
                             String answeredAt, String answeredBy, String answer, String escalatedAt,
                             List<String> recipients, List<Notification> notifications) {

    public AlertLifecycle {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }

    /**
     * @param channel webhook or email
     * @param outcome delivered or failed
     */
    public record Notification(String at, String recipient, String channel, String outcome, String detail) {
    }
}
