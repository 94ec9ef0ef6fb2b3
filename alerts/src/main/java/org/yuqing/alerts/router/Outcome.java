package org.yuqing.alerts.router;

/** What the router did with one alert record, counted by {@link RouterProgress}. */
public enum Outcome {
    /** A new alert: routed, delivered, stored. */
    NEW,
    /** A newer version that was stored, and delivered again because it rose in severity or came back. */
    NOTIFIED_AGAIN,
    /** A newer version stored without telling anybody. */
    UPDATED,
    /** A version not newer than the stored one: a redelivery, or an update that was overtaken. */
    IGNORED,
    /** Not a usable alert: sent to the dead-letter topic with the reason. */
    DEAD_LETTERED
}
