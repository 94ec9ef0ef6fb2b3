package org.yuqing.core.alert;

import java.util.List;

/**
 * What the router and the people who handle an alert add to it in {@code yuqing-alerts}, next to the fields of
 * {@link Alert}: open → acknowledged → answered, and overdue once the response deadline passes unanswered. An
 * alert that dies down ({@link AlertState#SUBSIDED}) before anybody took it up is closed; it can still be answered.
 *
 * @param status        where the handling stands
 * @param overdue       the deadline passed before the alert was answered; set by the router, which then notifies
 *                      again and escalates to the fallback recipient
 * @param answer        the clarification as text, when it was given as text
 * @param answerUrl     where the clarification was published, when it was given as a link
 * @param escalatedAt   when the router escalated the overdue alert to the fallback recipient (once)
 * @param closedAt      when the router closed an alert that subsided while still open
 * @param recipients    who the routing file sent it to
 * @param notifications every delivery attempt's outcome, newest last
 */
public record AlertLifecycle(AlertStatus status, boolean overdue, String acknowledgedAt, String acknowledgedBy,
                             String answeredAt, String answeredBy, String answer, String answerUrl,
                             String escalatedAt, String closedAt, List<String> recipients,
                             List<Notification> notifications) {

    public AlertLifecycle {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }

    /**
     * @param notice  why it was sent: new, severity_raised, reopened, overdue (a reminder to the recipients) or
     *                escalation (to the fallback recipient)
     * @param version the alert version it was sent for
     * @param channel webhook or email
     * @param outcome delivered or failed
     * @param detail  what the receiver answered or why it failed, and after how many attempts
     */
    public record Notification(String at, String notice, long version, String recipient, String channel,
                               String outcome, String detail) {
    }
}
