package org.yuqing.cli.demo;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the dates of the portal's hand-written pages into the demo week. A page writes {@code {{S+2 09:30}}} for
 * 09:30 on the third day of the week (S is last week's Monday), {@code {{E-1 14:00}}} for yesterday at 14:00 (E is
 * today), and {@code {{S+2 日}}} for the day alone, as policies print it (2026年11月05日).
 */
final class DemoDates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([SE])([+-]\\d+) (\\d{2}:\\d{2}|日)}}");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

    private final DemoWeek week;

    DemoDates(DemoWeek week) {
        this.week = week;
    }

    String fill(String page) {
        Matcher m = PLACEHOLDER.matcher(page);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            int days = Integer.parseInt(m.group(2));
            boolean dayOnly = m.group(3).equals("日");
            LocalTime time = dayOnly ? LocalTime.NOON : LocalTime.parse(m.group(3));
            ZonedDateTime at = m.group(1).equals("S") ? week.fromStart(days, time) : week.beforeEnd(-days, time);
            m.appendReplacement(filled, (dayOnly ? DAY : MINUTE).format(at));
        }
        m.appendTail(filled);
        return filled.toString();
    }
}
