package org.yuqing.jobs.eventtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.yuqing.core.document.RawDocument;

/** When a document happened, in epoch milliseconds: its publication, the event time of every windowed operator. */
public final class EventTime {

    private static final JsonFactory JSON = new JsonFactory();

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
        return of(document.publishedAt(), document.fetchedAt());
    }

    /**
     * The same from a raw document as Kafka carries it, reading only its two dates: the source takes event time
     * from the record before the job parses it. Empty for a record that is not a JSON object or has no date.
     */
    public static Optional<Long> ofJson(String rawDocument) {
        if (rawDocument == null) {
            return Optional.empty();
        }
        String publishedAt = null;
        String fetchedAt = null;
        try (JsonParser parser = JSON.createParser(rawDocument)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("published_at".equals(field) && value == JsonToken.VALUE_STRING) {
                    publishedAt = parser.getText();
                } else if ("fetched_at".equals(field) && value == JsonToken.VALUE_STRING) {
                    fetchedAt = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return of(publishedAt, fetchedAt);
    }

    private static Optional<Long> of(String publishedAt, String fetchedAt) {
        Optional<Long> published = epochMillis(publishedAt);
        Optional<Long> fetched = epochMillis(fetchedAt);
        if (published.isPresent() && fetched.isPresent()) {
            return Optional.of(Math.min(published.get(), fetched.get()));
        }
        return published.isPresent() ? published : fetched;
    }
}
