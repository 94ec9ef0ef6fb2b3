package org.yuqing.core.alert;

import com.fasterxml.jackson.annotation.JsonValue;

/** What raised an alert. Stored in lower case. */
public enum AlertType {
    /** A clause of a policy misread by the public. */
    MISREADING,
    /** A policy still without its interpretation after the working days allowed. */
    INTERPRETATION_MISSING,
    /** Pages of a government site found hijacked by spammers. */
    SITE_HIJACKED;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
