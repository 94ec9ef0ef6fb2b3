package org.yuqing.jobs.eventtime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.yuqing.core.document.RawDocument;

/** When a document happened, in epoch milliseconds: its publication, the event time of every windowed operator. */
public final class EventTime {

    /** Where the boards and portals are: a date alone means that day in China. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private EventTime() {
    }

    /** A date alone is taken at the start of that day in China. */
    public static Optional<Long> epochMillis(String isoDateOrDateTime) {
        if (isoDateOrDateTime == null || isoDateOrDateTime.isBlank()) {
            return Optional.empty();
        }
        try {
            if (isoDateOrDateTime.length() == 10) {
                return Optional.of(LocalDate.parse(isoDateOrDateTime).atStartOfDay().toInstant(CHINA).toEpochMilli());
            }
            return Optional.of(OffsetDateTime.parse(isoDateOrDateTime).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The publication time, but never after the fetch: a page cannot be published after it was read, and one
     * mistyped year (2062 for 2026) must not push the watermark years ahead and fire every timer. Without a
     * publication date, the fetch time; without either, empty.
     */
    public static Optional<Long> of(RawDocument document) {
        Optional<Long> published = epochMillis(document.publishedAt());
        Optional<Long> fetched = epochMillis(document.fetchedAt());
        if (published.isPresent() && fetched.isPresent()) {
            return Optional.of(Math.min(published.get(), fetched.get()));
        }
        return published.isPresent() ? published : fetched;
    }
}
