package org.yuqing.alerts.lifecycle;

import java.util.List;

/** Severities in rising order; the router notifies again only when a newer version ranks higher. */
final class Severity {

    private static final List<String> ORDER = List.of("low", "medium", "high", "critical");

    private Severity() {
    }

    /** An unknown or missing severity ranks below every known one, so a known one is always a rise from it. */
    static int rank(String severity) {
        return ORDER.indexOf(severity);
    }

    static boolean rose(String before, String after) {
        return rank(after) > rank(before);
    }
}
