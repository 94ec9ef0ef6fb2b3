package org.yuqing.briefing.narrative;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.yuqing.briefing.figures.WeekOnWeek;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * How the briefing writes its figures in Chinese, in one place so that the paragraph, the tables and the charts
 * never show the same number two ways.
 */
public final class Phrases {

    private static final DateTimeFormatter MONTH_DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(BriefingWeek.ZONE);

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("positive", "正面"), Map.entry("neutral", "中性"), Map.entry("negative", "负面"),
            Map.entry("happy", "喜悦"), Map.entry("angry", "愤怒"), Map.entry("sad", "悲伤"),
            Map.entry("fear", "恐惧"), Map.entry("surprise", "惊奇"),
            Map.entry("contradiction", "与条文相反"), Map.entry("overgeneralization", "以偏概全"),
            Map.entry("rumor", "谣言"), Map.entry("confusion", "理解混淆"),
            Map.entry("misreading", "政策误读"), Map.entry("interpretation_missing", "解读缺位"),
            Map.entry("site_hijacked", "网站被劫持"));

    private Phrases() {
    }

    /** {@code 12.5%}: a share between 0 and 1, one decimal. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** {@code 较上周增长25.0%}, {@code 较上周下降10.0%}, {@code 与上周持平}, or what stands in for a percentage. */
    public static String change(WeekOnWeek figure) {
        Double percent = figure.percentChange();
        if (percent == null) {
            return figure.current() == 0 ? "与上周持平（均为零）" : "上周为零";
        }
        if (figure.current() == figure.previous()) {
            return "与上周持平";
        }
        String direction = percent > 0 ? "增长" : "下降";
        return String.format(Locale.ROOT, "较上周%s%.1f%%", direction, Math.abs(percent));
    }

    /** {@code 上升5.2个百分点}: the change of a share between two weeks. */
    public static String pointChange(double current, double previous) {
        double points = (current - previous) * 100;
        if (Math.abs(points) < 0.05) {
            return "与上周持平";
        }
        return String.format(Locale.ROOT, "较上周%s%.1f个百分点", points > 0 ? "上升" : "下降", Math.abs(points));
    }

    /** {@code 5.5小时}; {@code —} when nothing was measured. */
    public static String hours(Double hours) {
        return hours == null ? "—" : String.format(Locale.ROOT, "%.1f小时", hours);
    }

    /** A time from the indices, shown in China's time; as stored if it cannot be read. */
    public static String time(Instant at, String asStored) {
        return at == null ? (asStored == null ? "—" : asStored) : MONTH_DAY_TIME.format(at);
    }

    /** The Chinese name of a sentiment, emotion, misreading kind or alert type; the key itself if unknown. */
    public static String label(String key) {
        return key == null ? "—" : LABELS.getOrDefault(key, key);
    }
}
