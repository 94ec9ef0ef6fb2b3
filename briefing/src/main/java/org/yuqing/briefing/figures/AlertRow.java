package org.yuqing.briefing.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * The fields of an alert document in {@code yuqing-alerts} that the briefing reads, under the names of
 * {@link org.yuqing.core.alert.Alert} and {@link org.yuqing.core.alert.AlertLifecycle}. Read field by field rather
 * than as those records, so that an alert of a type this build does not know still counts.
 */
public record AlertRow(String id, String type, String title, String responsibleBody, String region,
                       String policyTitle, String raisedAt, String responseDeadline, String status, boolean overdue,
                       String answeredAt, String answeredBy) {

    /** Null when missing or unreadable: such an alert is not counted as raised in any week. */
    public Instant raised() {
        return instantOrNull(raisedAt);
    }

    public Instant answered() {
        return instantOrNull(answeredAt);
    }

    public Instant deadline() {
        return instantOrNull(responseDeadline);
    }

    /** Like {@link #instant(String)}, but null for text that is no time at all, for showing what was stored. */
    public static Instant instantOrNull(String text) {
        try {
            return instant(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** ISO-8601 instants as the contract says; an offset time or a bare date (midnight in China) is accepted too. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notAnOffsetTime) {
                return LocalDate.parse(text).atStartOfDay(BriefingWeek.ZONE).toInstant();
            }
        }
    }
}
