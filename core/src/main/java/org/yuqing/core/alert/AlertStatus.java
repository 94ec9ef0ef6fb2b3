package org.yuqing.core.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where the handling of an alert stands, as stored in {@code status}. */
public enum AlertStatus {
    /** Delivered, nobody has taken it up yet. */
    OPEN,
    /** Somebody at the responsible body said they are on it. */
    ACKNOWLEDGED,
    /** The responsible body answered (a clarification, an interpretation published). */
    ANSWERED,
    /** It died down before anybody took it up; it can still be answered. */
    CLOSED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AlertStatus of(String label) {
        for (AlertStatus status : values()) {
            if (status.label().equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown alert status '" + label + "'; expected one of open, acknowledged, answered, closed");
    }

    /** Not yet answered, so the deadline still matters. */
    public boolean awaitsAnswer() {
        return this == OPEN || this == ACKNOWLEDGED;
    }
}
