package org.yuqing.crawler.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Chinese government sites write them — 2018年11月05日, 2021-05-28 15:09:21, 2021/5/28, 2021.05.28,
 * 发布时间：2021-05-28 — as ISO-8601: the day alone when the page gives only the day, else with the time and
 * China's +08:00 offset.
 */
public final class ChineseDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[年/.\\-]\\s*(\\d{1,2})\\s*[月/.\\-]\\s*(\\d{1,2})\\s*日?"
                    + "(?:\\s*[T ]?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?)?");

    private ChineseDates() {
    }

    /** The first date in the text, if there is a valid one. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return Optional.of(day.toString());
                }
                int hour = Integer.parseInt(m.group(4));
                int minute = Integer.parseInt(m.group(5));
                int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                if (hour > 23 || minute > 59 || second > 59) {
                    return Optional.of(day.toString());
                }
                return Optional.of(String.format("%sT%02d:%02d:%02d+08:00", day, hour, minute, second));
            } catch (DateTimeException e) {
                // 2019年13月: not a date; look further
            }
        }
        return Optional.empty();
    }
}
