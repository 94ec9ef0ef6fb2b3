package org.yuqing.alerts.lifecycle;

import java.time.Instant;
import java.util.List;
import org.yuqing.alerts.delivery.Notice;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertLifecycle.Notification;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertStatus;

/**
 * What a version of an alert arriving from the analysis job does to the stored one. The job's fields are
 * replaced by the newer version's; the fields people set (acknowledged, answered) are never touched here.
 */
public final class Arrivals {

    /**
     * @param store  false for a version not newer than the stored one: a redelivery or an update overtaken
     * @param notice whom to tell and why; null when the change is stored silently
     */
    public record Decision(boolean store, Notice notice) {
        static final Decision IGNORE = new Decision(false, null);
    }

    private Arrivals() {
    }

    /** @param current null when the alert is new */
    public static Decision decide(StoredAlert current, Alert incoming) {
        if (current == null) {
            return new Decision(true, Notice.NEW);
        }
        if (incoming.version() <= current.alert().version()) {
            return Decision.IGNORE;
        }
        boolean active = incoming.state() == AlertState.ACTIVE;
        if (active && current.status() == AlertStatus.CLOSED) {
            return new Decision(true, Notice.REOPENED);
        }
        if (active && current.status().awaitsAnswer() && AlertSeverity.rose(current.alert().severity(), incoming.severity())) {
            return new Decision(true, Notice.SEVERITY_RAISED);
        }
        return new Decision(true, null);
    }

    /**
     * The stored alert after {@code incoming} arrived, was routed to {@code recipients} and delivered with
     * {@code notifications}. An alert that subsides while open is closed; one reported active again is reopened.
     */
    public static StoredAlert apply(StoredAlert current, Alert incoming, List<String> recipients,
                                    List<Notification> notifications, Instant now) {
        boolean subsided = incoming.state() == AlertState.SUBSIDED;
        LifecycleBuilder lifecycle;
        if (current == null) {
            lifecycle = LifecycleBuilder.fresh(subsided ? AlertStatus.CLOSED : AlertStatus.OPEN)
                    .closedAt(subsided ? now.toString() : null);
        } else {
            lifecycle = LifecycleBuilder.from(current.lifecycle());
            if (subsided && current.status() == AlertStatus.OPEN) {
                lifecycle.status(AlertStatus.CLOSED).closedAt(now.toString());
            } else if (!subsided && current.status() == AlertStatus.CLOSED) {
                lifecycle.status(AlertStatus.OPEN).closedAt(null);
            }
        }
        return new StoredAlert(incoming, lifecycle.addRecipients(recipients).addNotifications(notifications).build());
    }
}
