package org.yuqing.jobs.teddy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.json.Json;

/**
 * A message of the 2020 Teddy Cup problem C data (a city's government message board), as the JSON lines of
 * ../shared/data/teddy2020c and the samples in test resources give it.
 */
public record TeddyMessage(String id, String user, String subject, Instant time, String detail, long likes,
        long dislikes, String reply, Instant replyTime, JsonNode raw) {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** Some rows give only the day; those are taken at midnight. */
    private static final DateTimeFormatter SLASHED = dayFirst("yyyy/M/d[ H:mm[:ss]]");
    private static final DateTimeFormatter DASHED = dayFirst("yyyy-M-d[ H:mm[:ss]]");
    /** Excel's day zero: some rows of the source kept the spreadsheet's serial day numbers. */
    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

    public static List<TeddyMessage> read(Path jsonl) {
        try {
            return parse(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<TeddyMessage> readResource(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TeddyMessage> parse(List<String> lines) throws IOException {
        List<TeddyMessage> messages = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.mapper().readTree(line);
            messages.add(new TeddyMessage(n.path("message_id").asText(), n.path("user").asText(null),
                    n.path("topic").asText(null), time(n.path("time").asText(null)), n.path("detail").asText(""),
                    n.path("likes").asLong(0), n.path("dislikes").asLong(0), n.path("reply").asText(null),
                    time(n.path("reply_time").asText(null)), n));
        }
        return messages;
    }

    private static DateTimeFormatter dayFirst(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern)
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).toFormatter();
    }

    static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d+(\\.\\d+)?")) {
            double days = Double.parseDouble(v);
            long seconds = Math.round(days * 86_400);
            return EXCEL_EPOCH.plusSeconds(seconds).toInstant(CHINA);
        }
        DateTimeFormatter format = v.contains("/") ? SLASHED : DASHED;
        return LocalDateTime.parse(v, format).toInstant(CHINA);
    }
}
