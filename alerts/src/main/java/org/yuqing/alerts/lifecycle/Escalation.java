package org.yuqing.alerts.lifecycle;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The deadline rule: an alert still awaiting its answer when its response deadline passes becomes overdue, once;
 * the router then reminds its recipients and escalates it to the fallback recipient.
 */
public final class Escalation {

    private Escalation() {
    }

    public static boolean isDue(StoredAlert stored, Instant now) {
        if (!stored.status().awaitsAnswer() || stored.lifecycle().overdue() || stored.alert().responseDeadline() == null) {
            return false;
        }
        try {
            return Instant.parse(stored.alert().responseDeadline()).isBefore(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Marks it overdue and escalated at {@code now}; fails if it is not due, so that it happens only once. */
    public static StoredAlert markOverdue(StoredAlert stored, Instant now) {
        if (!isDue(stored, now)) {
            throw new TransitionException("alert " + stored.alert().id() + " is not due for escalation");
        }
        return stored.with(LifecycleBuilder.from(stored.lifecycle()).overdue(true).escalatedAt(now.toString()).build());
    }
}
