package org.yuqing.alerts.lifecycle;

import java.time.Instant;
import org.yuqing.core.alert.AlertStatus;

/**
 * What people do with an alert: acknowledge it (open → acknowledged), then answer it (→ answered). An alert can
 * be answered without being acknowledged first, and a closed one (it died down unhandled) can still be answered;
 * an answered one is done.
 */
public final class Handling {

    private Handling() {
    }

    public static StoredAlert acknowledge(StoredAlert stored, String by, Instant now) {
        requireName(by);
        AlertStatus status = stored.status();
        if (status != AlertStatus.OPEN) {
            throw new TransitionException("alert " + stored.alert().id() + " is " + status.label() + describe(stored)
                    + "; only an open alert can be acknowledged");
        }
        return stored.with(LifecycleBuilder.from(stored.lifecycle())
                .status(AlertStatus.ACKNOWLEDGED).acknowledged(now.toString(), by.trim()).build());
    }

    /** @param text the clarification, or null when {@code url} points to where it was published */
    public static StoredAlert answer(StoredAlert stored, String by, String text, String url, Instant now) {
        requireName(by);
        if ((text == null || text.isBlank()) == (url == null || url.isBlank())) {
            throw new TransitionException("an answer is either a text or a URL, exactly one of them");
        }
        AlertStatus status = stored.status();
        if (status == AlertStatus.ANSWERED) {
            throw new TransitionException("alert " + stored.alert().id() + " is already answered" + describe(stored));
        }
        return stored.with(LifecycleBuilder.from(stored.lifecycle())
                .status(AlertStatus.ANSWERED)
                .answered(now.toString(), by.trim(), text == null ? null : text.trim(), url == null ? null : url.trim())
                .build());
    }

    private static void requireName(String by) {
        if (by == null || by.isBlank()) {
            throw new TransitionException("say who handles the alert (--by NAME): the record shows who did what");
        }
    }

    private static String describe(StoredAlert stored) {
        var l = stored.lifecycle();
        return switch (stored.status()) {
            case ACKNOWLEDGED -> " (by " + l.acknowledgedBy() + " at " + l.acknowledgedAt() + ")";
            case ANSWERED -> " (by " + l.answeredBy() + " at " + l.answeredAt() + ")";
            case CLOSED -> " (it subsided at " + l.closedAt() + ")";
            case OPEN -> "";
        };
    }
}
