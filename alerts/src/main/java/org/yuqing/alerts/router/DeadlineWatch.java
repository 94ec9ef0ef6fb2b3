package org.yuqing.alerts.router;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.alerts.delivery.Dispatcher;
import org.yuqing.alerts.delivery.Notice;
import org.yuqing.alerts.lifecycle.AlertStore;
import org.yuqing.alerts.lifecycle.Escalation;
import org.yuqing.alerts.lifecycle.StoredAlert;
import org.yuqing.alerts.lifecycle.TransitionException;
import org.yuqing.alerts.routing.Recipient;
import org.yuqing.alerts.routing.RoutingTable;
import org.yuqing.core.alert.AlertLifecycle.Notification;

/**
 * The periodic deadline check: every alert whose response deadline passed unanswered becomes overdue, its
 * recipients are reminded and the fallback recipient (the publicity office) gets it to follow up, once. The
 * alert is marked first and delivered after, so that two routers checking at once escalate it only once.
 */
public final class DeadlineWatch {

    private static final int BATCH = 100;

    private final AlertStore store;
    private final RoutingTable routing;
    private final Dispatcher dispatcher;

    public DeadlineWatch(AlertStore store, RoutingTable routing, Dispatcher dispatcher) {
        this.store = store;
        this.routing = routing;
        this.dispatcher = dispatcher;
    }

    /** @return how many alerts were escalated */
    public int check(Instant now) {
        int escalated = 0;
        for (StoredAlert candidate : store.dueForEscalation(now, BATCH)) {
            StoredAlert claimed;
            try {
                claimed = store.update(candidate.alert().id(), stored -> Escalation.markOverdue(stored, now));
            } catch (TransitionException answeredOrEscalatedMeanwhile) {
                continue;
            }
            List<Notification> notifications = new ArrayList<>(
                    dispatcher.deliver(claimed.alert(), Notice.OVERDUE, remindedRecipients(claimed)));
            notifications.addAll(dispatcher.deliver(claimed.alert(), Notice.ESCALATION, List.of(routing.fallback())));
            store.update(claimed.alert().id(), stored -> stored.withNotifications(notifications));
            escalated++;
        }
        return escalated;
    }

    /** The alert's recipients still in the routing file, less the fallback, which gets the escalation instead. */
    private List<Recipient> remindedRecipients(StoredAlert alert) {
        return alert.lifecycle().recipients().stream()
                .filter(name -> !name.equals(routing.fallback().name()))
                .map(routing::recipient)
                .filter(recipient -> recipient != null)
                .toList();
    }
}
