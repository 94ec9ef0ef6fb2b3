package org.yuqing.core.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Locale;

/**
 * How urgent an alert is, in rising order, and how long the responsible body has to answer it. Stored in lower
 * case; read in any case, so that state written before the enum existed ({@code CRITICAL}) still reads.
 */
public enum AlertSeverity {
    LOW(Duration.ofDays(5)),
    MEDIUM(Duration.ofDays(3)),
    HIGH(Duration.ofHours(24)),
    CRITICAL(Duration.ofHours(4));

    private final Duration responseTime;

    AlertSeverity(Duration responseTime) {
        this.responseTime = responseTime;
    }

    public Duration responseTime() {
        return responseTime;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AlertSeverity of(String label) {
        for (AlertSeverity severity : values()) {
            if (severity.name().equalsIgnoreCase(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown alert severity '" + label + "'; expected one of low, medium, high, critical");
    }

    /** Whether {@code after} ranks above {@code before}; any severity is a rise from none. */
    public static boolean rose(AlertSeverity before, AlertSeverity after) {
        return after != null && (before == null || after.compareTo(before) > 0);
    }
}
