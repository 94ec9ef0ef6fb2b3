package org.yuqing.core.alert;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether what raised an alert is still going on, as the analysis job sees it. Stored in lower case. */
public enum AlertState {
    ACTIVE,
    SUBSIDED;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
