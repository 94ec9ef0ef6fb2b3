package org.yuqing.crawler.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Chinese government sites write them — 2018年11月05日, 2021-05-28 15:09:21, 2021/5/28, 2021.05.28,
 * 发布时间：2021-05-28, and the way the signature of a document writes it, 二〇一九年一月二十七日 — as ISO-8601: the
 * day alone when the page gives only the day, else with the time and China's +08:00 offset.
 */
public final class ChineseDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[年/.\\-]\\s*(\\d{1,2})\\s*[月/.\\-]\\s*(\\d{1,2})\\s*日?"
                    + "(?:\\s*[T ]?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?)?");

    private ChineseDates() {
    }

    private static final Pattern CHINESE_NUMERALS = Pattern.compile(
            "([〇零○ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final String DIGITS = "〇一二三四五六七八九";

    /** The first date in the text, if there is a valid one. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(withArabicDigits(text));
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

    /** 二〇一九年一月二十七日 as 2019年1月27日; other text unchanged. */
    private static String withArabicDigits(String text) {
        Matcher m = CHINESE_NUMERALS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder year = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                year.append(Math.max(0, DIGITS.indexOf(c)));
            }
            m.appendReplacement(out, year + "年" + number(m.group(2)) + "月" + number(m.group(3)) + "日");
        }
        return m.appendTail(out).toString();
    }

    /** 一 to 三十一 as written in dates: 十 alone is 10, 二十 is 20, 十五 is 15, 二十七 is 27. */
    private static int number(String chinese) {
        int ten = chinese.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(chinese.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(chinese.charAt(0));
        int units = ten == chinese.length() - 1 ? 0 : DIGITS.indexOf(chinese.charAt(ten + 1));
        return tens * 10 + units;
    }
}
