package org.yuqing.jobs.misreading;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a comment gets a policy wrong. */
public enum MisreadingKind {
    /** A date, amount, count, age, duration or permission stated differently from the clause. */
    CONTRADICTION,
    /** A qualifier, exception or restriction of the clause dropped (所有, 一律, 都能). */
    OVERGENERALIZATION,
    /** Hearsay or an invented consequence (听说, 内部消息, 马上就要). */
    RUMOR,
    /** A question whose premise is wrong (是不是所有…都…？). */
    CONFUSION;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MisreadingKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
