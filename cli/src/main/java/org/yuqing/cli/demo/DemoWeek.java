package org.yuqing.cli.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When the demo portal's content happened: from the Monday of last week to the start of today, China time. That
 * covers Grafana's "last 7 days" and the week the briefing reports on by default (the last complete one).
 *
 * <p>Everything is placed by a fixed rule from the day the demo runs, so two runs on one day serve the same dates.
 * Ids never depend on dates (a message keeps its portal number, a page its URL), so a run on another day moves
 * the same documents in time instead of adding new ones.
 */
public record DemoWeek(ZonedDateTime start, ZonedDateTime end) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static DemoWeek endingOn(LocalDate today) {
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return new DemoWeek(lastMonday.atStartOfDay(ZONE), today.atStartOfDay(ZONE));
    }

    public static DemoWeek current() {
        return endingOn(LocalDate.now(ZONE));
    }

    /** A time on the {@code n}th day from the start (0 is last week's Monday). */
    public ZonedDateTime fromStart(int days, LocalTime time) {
        return start.plusDays(days).with(time);
    }

    /** A time on the {@code n}th day before today (1 is yesterday). */
    public ZonedDateTime beforeEnd(int days, LocalTime time) {
        return end.minusDays(days).with(time);
    }

    /**
     * A time that the key alone decides, spread evenly over the span, early enough that {@code after} more still
     * ends before the span does.
     */
    public ZonedDateTime spread(String key, Duration after) {
        long room = Duration.between(start, end).minus(after).toSeconds();
        return start.plusSeconds((long) (fraction(key) * Math.max(room, 0)));
    }

    /** A number in [0, 1) that the key alone decides. */
    static double fraction(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 7; i++) {
                bits = bits << 8 | (digest[i] & 0xff);
            }
            return bits / (double) (1L << 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
