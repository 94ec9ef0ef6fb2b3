package org.yuqing.jobs.policy;

import static org.yuqing.jobs.policy.ChineseNumbers.NUMBER;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts a text states: dates and deadlines, amounts, percentages, ages, durations, counts, and the
 * words that restrict, oblige, forbid, permit or make exceptions. The same reader runs over clauses and over
 * comments, so that what a comment says can be compared with what the clause says.
 *
 * <p>Expects simplified characters.
 */
public final class FactExtractor {

    private static final String DAY = "(\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]";
    private static final String MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,2})月";
    private static final String YEAR = "(\\d{4})年";
    private static final String TO = "(?:至|到|—|－|-|~|～)";

    private static final Pattern FULL_RANGE = Pattern.compile(
            "(?:" + YEAR + ")?" + MONTH + DAY + TO + "(?:" + YEAR + ")?(?:" + MONTH + ")?" + DAY);
    private static final Pattern ABSOLUTE_DATE = Pattern.compile(
            "(?:" + YEAR + ")?" + MONTH + "(?:" + DAY + "|(底|末|初|上旬|中旬|下旬|份))?");
    private static final Pattern YEAR_ONLY = Pattern.compile(YEAR + "(底|末|初|上半年|下半年)?");
    private static final Pattern RELATIVE_DATE = Pattern.compile(
            "(今年|明年|去年|后年)(?:" + MONTH + "(?:" + DAY + "|(底|末|初|份))?|(底|末|初|上半年|下半年))?"
                    + "|(下个月|下月|这个月|本月|当月|上个月)(底|末|初)?|(?<![0-9今明去后])(年底|年末)");

    private static final Pattern DAYS_OFF = Pattern.compile("放假(?:调休)?([，,]?[与和同跟]周末连休)?");

    private static final Pattern AMOUNT = Pattern.compile(
            "(" + NUMBER + ")(万|亿)?(?:元|块钱|块)|(" + NUMBER + ")万(?![人户名个平亩吨家])");
    private static final Pattern PERCENT = Pattern.compile("(" + NUMBER + ")[%％]|百分之(" + NUMBER + ")");
    private static final Pattern AGE = Pattern.compile(
            "(?:(" + NUMBER + ")" + TO + ")?(" + NUMBER + ")(?:周岁|岁)");
    private static final Pattern MONTHS = Pattern.compile("(?:(" + NUMBER + ")" + TO + ")?(" + NUMBER + ")个月");
    private static final Pattern YEARS = Pattern.compile(
            "(" + NUMBER + ")年(?![月底末度级初前起后龄代份号间内外中轻])|(" + NUMBER + ")年(?=内|以内|之内)");
    private static final Pattern DAYS = Pattern.compile("(" + NUMBER + ")(?:个)?(天|日内|工作日)");
    /**
     * 第二套 and 二套房 are the second home, not two of them: an ordinal counts nothing, and two of a thing is 两套
     * (a lone 二 before a measure word is an ordinal).
     */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![第零〇一二两三四五六七八九十百千\\d])(?!二[项次套])(" + NUMBER + ")(项|次|套)");

    /**
     * 11个城市, 100所学校, 3家企业: a number of things, compared only with a number of the same things (the measure
     * word and the two characters after it), so that 15个城市 meets 11个城市 and not 3个中心. One of a thing
     * (一个人) counts nothing.
     */
    private static final Pattern COUNT_OF_THINGS = Pattern.compile(
            "(?<![第零〇一二两三四五六七八九十百千\\d.])(" + NUMBER + ")(个|家|所|名|位|户|批|座|条|种|类|台|辆|支)"
                    + "(?!月|工作日|小时|百分点|季度|人所得|体|多月)(\\p{IsHan}{2})");

    /** 0.01毫米, 5公顷, 10亿公斤: a physical measure, compared only with the same unit. */
    private static final Pattern MEASURE = Pattern.compile("(" + NUMBER + ")(万|亿)?"
            + "(毫米|厘米|公分|千米|公里|平方米|平方公里|立方米|米|公顷|亩|毫克|千克|公斤|克|吨|毫升|升|千瓦时|千瓦|马力)");

    /** 七成, 八九成: tenths, as a share. Not 成为, 成员, 成本 and the like, which follow no number. */
    private static final Pattern TENTHS = Pattern.compile(
            "(?<![\\d零〇一二两三四五六七八九十百千万])([一二三四五六七八九十])([一二三四五六七八九])?成(?![为员本果功立交就绩效品年])");

    private static final Pattern UPPER_BOUND = Pattern.compile("最高|最多|最长|不超过|不能超过|不高于|上限");

    private static final Pattern PROHIBITION = Pattern.compile(
            "(?:不得|禁止|严禁|不能|不可|不准|不予)[^，。；、：,]{1,12}");
    private static final Pattern OBLIGATION = Pattern.compile(
            "(?:应当|必须|(?<![相对适供反响效答回感])应(?![急对用该有])|(?<![必无])须)[^，。；、：,]{1,12}");
    private static final Pattern PERMISSION = Pattern.compile("(?<![不许认])(?:可以|可(?![能见靠行]))[^，。；、：,]{1,12}");
    private static final Pattern EXCEPTION = Pattern.compile("除[^，。；]{1,30}?(?:以外|之外|外)");
    /**
     * Words that narrow who or what a clause applies to, in any policy: residence, age, first time, size of business,
     * general rule, conditions, limits, a time since an event (毕业5年内), exceptions. No group that only one policy
     * names (独生子女, 离校未就业).
     */
    private static final Pattern SCOPE = Pattern.compile(
            "(?:本市|本地|本省|当地)?户籍|年满|\\p{IsHan}{2}" + NUMBER + "年(?:以)?内|首次|首套|(?:中小微|小微|中小)企业"
                    + "|一般情况下|原则上"
                    + "|符合[^，。；]{0,12}条件|只能|仅限|限于|以内|以上|以下(?!简称)|不超过|最高|最长|其中"
                    + "|限额内|超过[^，。；]{1,12}的部分");

    private record Found(int start, int end, Fact fact) {
    }

    /**
     * @param defaultYear the year of a date written without one (2月4日): the year the policy is about
     * @param reference   the day a comment was written, for 明年 and 下个月; null for policy text
     */
    public List<Fact> extract(String text, int defaultYear, LocalDate reference) {
        List<Found> numeric = new ArrayList<>();
        dates(text, defaultYear, reference, numeric);
        numbers(text, numeric);
        List<Found> kept = withoutOverlaps(numeric);
        List<Fact> facts = new ArrayList<>();
        kept.forEach(found -> facts.addAll(daysOff(text, found, reference == null)));
        words(text, PROHIBITION, FactKind.PROHIBITION, facts);
        words(text, OBLIGATION, FactKind.OBLIGATION, facts);
        words(text, PERMISSION, FactKind.PERMISSION, facts);
        words(text, EXCEPTION, FactKind.EXCEPTION, facts);
        words(text, SCOPE, FactKind.SCOPE, facts);
        return List.copyOf(facts);
    }

    private static void dates(String text, int defaultYear, LocalDate reference, List<Found> out) {
        Matcher range = FULL_RANGE.matcher(text);
        while (range.find()) {
            int year = intOr(range.group(1), defaultYear);
            int month = (int) number(range.group(2));
            LocalDate from = safeDate(year, month, (int) number(range.group(3)));
            int toYear = intOr(range.group(4), year);
            int toMonth = range.group(5) == null ? month : (int) number(range.group(5));
            LocalDate to = safeDate(toYear, toMonth, (int) number(range.group(6)));
            if (from != null && to != null && !to.isBefore(from)) {
                out.add(dateFound(text, range.start(), range.end(), from, to));
            }
        }
        Matcher absolute = ABSOLUTE_DATE.matcher(text);
        while (absolute.find()) {
            int year = intOr(absolute.group(1), defaultYear);
            int month = (int) number(absolute.group(2));
            if (month < 1 || month > 12) {
                continue;
            }
            LocalDate from;
            LocalDate to;
            if (absolute.group(3) != null) {
                from = safeDate(year, month, (int) number(absolute.group(3)));
                to = from;
            } else {
                YearMonth ym = YearMonth.of(year, month);
                from = ym.atDay(1);
                to = ym.atEndOfMonth();
            }
            if (from != null) {
                out.add(dateFound(text, absolute.start(), absolute.end(), from, to));
            }
        }
        Matcher yearOnly = YEAR_ONLY.matcher(text);
        while (yearOnly.find()) {
            int year = Integer.parseInt(yearOnly.group(1));
            out.add(yearFound(text, yearOnly.start(), yearOnly.end(), year, yearOnly.group(2)));
        }
        if (reference != null) {
            relativeDates(text, reference, out);
        }
    }

    private static void relativeDates(String text, LocalDate reference, List<Found> out) {
        Matcher relative = RELATIVE_DATE.matcher(text);
        while (relative.find()) {
            if (relative.group(1) != null) {
                int year = reference.getYear() + switch (relative.group(1)) {
                    case "明年" -> 1;
                    case "去年" -> -1;
                    case "后年" -> 2;
                    default -> 0;
                };
                if (relative.group(2) != null) {
                    int month = (int) number(relative.group(2));
                    if (month < 1 || month > 12) {
                        continue;
                    }
                    LocalDate from = relative.group(3) != null
                            ? safeDate(year, month, (int) number(relative.group(3)))
                            : YearMonth.of(year, month).atDay(1);
                    LocalDate to = relative.group(3) != null ? from : YearMonth.of(year, month).atEndOfMonth();
                    if (from != null) {
                        out.add(dateFound(text, relative.start(), relative.end(), from, to));
                    }
                } else {
                    out.add(yearFound(text, relative.start(), relative.end(), year, relative.group(5)));
                }
            } else if (relative.group(6) != null) {
                YearMonth month = YearMonth.from(reference).plusMonths(switch (relative.group(6)) {
                    case "下个月", "下月" -> 1;
                    case "上个月" -> -1;
                    default -> 0;
                });
                out.add(dateFound(text, relative.start(), relative.end(), month.atDay(1), month.atEndOfMonth()));
            } else {
                out.add(yearFound(text, relative.start(), relative.end(), reference.getYear(), "底"));
            }
        }
    }

    /**
     * 与周末连休 adds the weekend next to days off: 9月13日放假，与周末连休 is a Friday to Sunday. In a policy, which
     * lists every day off, days off also last as many days as they span (5月1日放假 is one day, 9月13日放假，与周末连休
     * three); a comment that names the day it is off says nothing about how long.
     */
    private static List<Fact> daysOff(String text, Found found, boolean listsEveryDayOff) {
        Fact fact = found.fact();
        Matcher off = DAYS_OFF.matcher(text).region(found.end(), text.length());
        if (fact.kind() != FactKind.DATE || !off.lookingAt()) {
            return List.of(fact);
        }
        LocalDate from = LocalDate.ofEpochDay((long) fact.quantity().min());
        LocalDate to = LocalDate.ofEpochDay((long) fact.quantity().max());
        if (off.group(1) != null) {
            while (isWeekend(from.minusDays(1))) {
                from = from.minusDays(1);
            }
            while (isWeekend(to.plusDays(1))) {
                to = to.plusDays(1);
            }
        }
        String surface = text.substring(found.start(), off.end());
        Quantity days = new Quantity(from.toEpochDay(), to.toEpochDay(), Quantity.DATE);
        Fact period = new Fact(FactKind.DATE, surface, days);
        if (!listsEveryDayOff) {
            return List.of(period);
        }
        return List.of(period, new Fact(FactKind.DURATION, surface,
                Quantity.of(to.toEpochDay() - from.toEpochDay() + 1, Quantity.DAYS)));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Found yearFound(String text, int start, int end, int year, String part) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (part != null) {
            switch (part) {
                case "底", "末" -> from = LocalDate.of(year, 12, 1);
                case "初" -> to = LocalDate.of(year, 1, 31);
                case "上半年" -> to = LocalDate.of(year, 6, 30);
                case "下半年" -> from = LocalDate.of(year, 7, 1);
                default -> {
                }
            }
        }
        return dateFound(text, start, end, from, to);
    }

    private static Found dateFound(String text, int start, int end, LocalDate from, LocalDate to) {
        String before = text.substring(Math.max(0, start - 3), start);
        String after = text.substring(end, Math.min(text.length(), end + 4));
        FactKind kind;
        if (after.startsWith("起") || after.startsWith("开始") || before.endsWith("自") || before.endsWith("从")) {
            kind = FactKind.START_DATE;
        } else if (after.startsWith("前") || after.startsWith("之前") || after.startsWith("以前")
                || before.endsWith("执行至") || before.endsWith("截至") || before.endsWith("执行到")) {
            kind = FactKind.DEADLINE;
        } else {
            kind = FactKind.DATE;
        }
        Quantity quantity = new Quantity(from.toEpochDay(), to.toEpochDay(), Quantity.DATE);
        return new Found(start, end, new Fact(kind, text.substring(start, end), quantity));
    }

    private static void numbers(String text, List<Found> out) {
        Matcher amount = AMOUNT.matcher(text);
        while (amount.find()) {
            double value = amount.group(1) != null
                    ? number(amount.group(1)) * multiplier(amount.group(2))
                    : number(amount.group(3)) * 10_000;
            add(out, text, amount, FactKind.AMOUNT, Quantity.of(value, Quantity.YUAN));
        }
        Matcher percent = PERCENT.matcher(text);
        while (percent.find()) {
            double value = number(percent.group(1) != null ? percent.group(1) : percent.group(2));
            add(out, text, percent, FactKind.PERCENT, Quantity.of(value, Quantity.PERCENT));
        }
        Matcher tenths = TENTHS.matcher(text);
        while (tenths.find()) {
            double first = number(tenths.group(1)) * 10;
            double second = tenths.group(2) != null ? number(tenths.group(2)) * 10 : first;
            add(out, text, tenths, FactKind.PERCENT,
                    new Quantity(Math.min(first, second), Math.max(first, second), Quantity.PERCENT));
        }
        Matcher measure = MEASURE.matcher(text);
        while (measure.find()) {
            add(out, text, measure, FactKind.COUNT,
                    Quantity.of(number(measure.group(1)) * multiplier(measure.group(2)), measure.group(3)));
        }
        Matcher age = AGE.matcher(text);
        while (age.find()) {
            add(out, text, age, FactKind.AGE, range(age.group(1), age.group(2), 1, Quantity.YEARS_OF_AGE));
        }
        Matcher months = MONTHS.matcher(text);
        while (months.find()) {
            add(out, text, months, FactKind.DURATION, range(months.group(1), months.group(2), 1, Quantity.MONTHS));
        }
        Matcher years = YEARS.matcher(text);
        while (years.find()) {
            double value = number(years.group(1) != null ? years.group(1) : years.group(2));
            // 2019年 is a date, not a duration
            if (value > 0 && value < 100) {
                add(out, text, years, FactKind.DURATION, Quantity.of(value * 12, Quantity.MONTHS));
            }
        }
        Matcher days = DAYS.matcher(text);
        while (days.find()) {
            String unit = "工作日".equals(days.group(2)) ? "工作日" : Quantity.DAYS;
            add(out, text, days, FactKind.DURATION, Quantity.of(number(days.group(1)), unit));
        }
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            add(out, text, count, FactKind.COUNT, Quantity.of(number(count.group(1)), count.group(2)));
        }
        Matcher things = COUNT_OF_THINGS.matcher(text);
        while (things.find()) {
            double value = number(things.group(1));
            if (value >= 2) {
                add(out, text, things, FactKind.COUNT, Quantity.of(value, things.group(2) + things.group(3)));
            }
        }
    }

    private static Quantity range(String low, String high, double scale, String unit) {
        double max = number(high) * scale;
        double min = low == null ? max : number(low) * scale;
        return new Quantity(Math.min(min, max), Math.max(min, max), unit);
    }

    private static void add(List<Found> out, String text, Matcher matcher, FactKind kind, Quantity quantity) {
        if (Double.isNaN(quantity.min()) || Double.isNaN(quantity.max())) {
            return;
        }
        String before = text.substring(Math.max(0, matcher.start() - 4), matcher.start());
        // 最高30万元 and 不超过240个月 are ceilings: 20万 is within them, 50万 is not
        if (kind != FactKind.AGE && !quantity.isRange() && UPPER_BOUND.matcher(before).find()) {
            quantity = new Quantity(0, quantity.max(), quantity.unit());
        }
        out.add(new Found(matcher.start(), matcher.end(), new Fact(kind, matcher.group(), quantity)));
    }

    private static void words(String text, Pattern pattern, FactKind kind, List<Fact> out) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            out.add(new Fact(kind, matcher.group(), null));
        }
    }

    /** Longer readings win: 2027年1月1日 is one date, not a year and a date; 30万元 is one amount. */
    private static List<Found> withoutOverlaps(List<Found> found) {
        List<Found> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed()
                .thenComparingInt(Found::start));
        List<Found> kept = new ArrayList<>();
        for (Found candidate : byLength) {
            boolean overlaps = kept.stream()
                    .anyMatch(k -> candidate.start() < k.end() && k.start() < candidate.end());
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    private static double multiplier(String unit) {
        if (unit == null) {
            return 1;
        }
        return "亿".equals(unit) ? 100_000_000 : 10_000;
    }

    private static double number(String written) {
        OptionalDouble value = ChineseNumbers.parse(written);
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }

    private static int intOr(String written, int fallback) {
        return written == null ? fallback : Integer.parseInt(written);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
