package org.yuqing.alerts.router;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.yuqing.alerts.delivery.Dispatcher;
import org.yuqing.alerts.lifecycle.AlertStore;
import org.yuqing.alerts.lifecycle.AlertStore.Versioned;
import org.yuqing.alerts.lifecycle.Arrivals;
import org.yuqing.alerts.lifecycle.StoredAlert;
import org.yuqing.alerts.routing.Recipient;
import org.yuqing.alerts.routing.RoutingTable;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertLifecycle.Notification;

/**
 * One alert from the topic: decide from the stored one what it means, route and deliver it when somebody must be
 * told, then store it. Delivering before storing makes delivery at least once: a crash in between delivers
 * again after the restart (receivers drop repeats by {@code X-Yuqing-Delivery}); the other order could lose one.
 */
public final class AlertHandler {

    private static final int CONFLICT_RETRIES = 20;

    private final AlertStore store;
    private final RoutingTable routing;
    private final Dispatcher dispatcher;
    private final Clock clock;

    public AlertHandler(AlertStore store, RoutingTable routing, Dispatcher dispatcher, Clock clock) {
        this.store = store;
        this.routing = routing;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** What was done, and how many deliveries failed (they are recorded in the alert's history too). */
    public record Handled(Outcome outcome, long failedDeliveries) {
    }

    public Handled handle(Alert alert) {
        Optional<Versioned> current = store.get(alert.id());
        Arrivals.Decision decision = Arrivals.decide(current.map(Versioned::stored).orElse(null), alert);
        if (!decision.store()) {
            return new Handled(Outcome.IGNORED, 0);
        }
        List<Recipient> recipients = routing.route(alert);
        List<Notification> notifications = decision.notice() == null ? List.of()
                : dispatcher.deliver(alert, decision.notice(), recipients);
        List<String> names = recipients.stream().map(Recipient::name).toList();
        long failed = notifications.stream().filter(n -> !"delivered".equals(n.outcome())).count();
        Outcome outcome = current.isEmpty() ? Outcome.NEW : decision.notice() == null ? Outcome.UPDATED : Outcome.NOTIFIED_AGAIN;

        for (int attempt = 0; attempt < CONFLICT_RETRIES; attempt++) {
            StoredAlert next = Arrivals.apply(current.map(Versioned::stored).orElse(null), alert, names, notifications,
                    clock.instant());
            if (store.write(current, next)) {
                return new Handled(outcome, failed);
            }
            // somebody wrote in between: a person acknowledging it, or (after a rebalance) another router
            current = store.get(alert.id());
            if (current.isPresent() && current.get().stored().alert().version() >= alert.version()) {
                if (!notifications.isEmpty()) {
                    store.update(alert.id(), stored -> stored.withNotifications(notifications));
                }
                return new Handled(Outcome.IGNORED, failed);
            }
        }
        throw new IllegalStateException("alert " + alert.id() + " kept changing under " + CONFLICT_RETRIES + " attempts to store it");
    }
}
