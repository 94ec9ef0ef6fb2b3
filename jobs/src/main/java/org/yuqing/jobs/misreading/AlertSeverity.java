package org.yuqing.jobs.misreading;

import java.time.Duration;

/** How urgent a misreading alert is, and how long the responsible body has to answer it. */
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
}
