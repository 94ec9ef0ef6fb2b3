package org.yuqing.briefing.week;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week (Monday to Sunday) as lived in China: its days start and end at midnight Asia/Shanghai, whatever the
 * zone of the machine that writes the briefing.
 */
public record BriefingWeek(int year, int week) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern ISO_WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");

    public BriefingWeek {
        LocalDate probe = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1);
        long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("week " + week + " does not exist in " + year + " (1 to " + weeks + ")");
        }
    }

    /** Reads {@code 2026-W47}; anything else is refused with the form expected. */
    public static BriefingWeek parse(String text) {
        Matcher m = ISO_WEEK.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week; expected the form 2026-W47");
        }
        return new BriefingWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static BriefingWeek containing(LocalDate day) {
        return new BriefingWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that has ended by {@code now}: what a Monday-morning briefing reports on. */
    public static BriefingWeek lastCompleteBefore(Instant now) {
        return containing(now.atZone(ZONE).toLocalDate()).previous();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            days.add(monday().plusDays(i));
        }
        return days;
    }

    /** Inclusive. */
    public Instant start() {
        return monday().atStartOfDay(ZONE).toInstant();
    }

    /** Exclusive: the next Monday's midnight. */
    public Instant end() {
        return monday().plusWeeks(1).atStartOfDay(ZONE).toInstant();
    }

    public BriefingWeek previous() {
        return containing(monday().minusWeeks(1));
    }

    public BriefingWeek next() {
        return containing(monday().plusWeeks(1));
    }

    /** {@code 2026-W47}, as in file names. */
    public String label() {
        return String.format("%04d-W%02d", year, week);
    }

    /** {@code 2026年第47周（11月16日—11月22日）}, as in the title. */
    public String chineseLabel() {
        return year + "年第" + week + "周（" + MONTH_DAY.format(monday()) + "—" + MONTH_DAY.format(sunday()) + "）";
    }
}
