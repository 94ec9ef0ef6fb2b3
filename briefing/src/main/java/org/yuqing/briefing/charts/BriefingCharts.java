package org.yuqing.briefing.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.yuqing.briefing.figures.Count;
import org.yuqing.briefing.figures.DailySourceVolume;
import org.yuqing.briefing.figures.DocumentMix;
import org.yuqing.briefing.narrative.Phrases;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * The briefing's charts, drawn with the same Chinese font as the PDF: daily volume by source, sentiment and emotion
 * mix, topics, regions. A chart with nothing to show is left out rather than drawn empty.
 */
public final class BriefingCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    /** Drawn at twice the size it is shown, so it stays sharp when printed. */
    private static final int SCALE = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    private final StandardChartTheme theme;

    public BriefingCharts(Font cjk) {
        theme = new StandardChartTheme("briefing");
        theme.setExtraLargeFont(cjk.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(cjk.deriveFont(Font.PLAIN, 13f));
        theme.setRegularFont(cjk.deriveFont(Font.PLAIN, 12f));
        theme.setSmallFont(cjk.deriveFont(Font.PLAIN, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
    }

    public List<ChartImage> draw(BriefingWeek week, DocumentMix mix, boolean oneRegion) {
        List<ChartImage> charts = new ArrayList<>();
        if (!mix.dailyBySource().isEmpty()) {
            charts.add(image("每日信息量（按来源）", dailyBySource(week, mix.dailyBySource()), "条数", true));
        }
        addMix(charts, "情感倾向", mix.sentiments(), true);
        addMix(charts, "情绪分布", mix.emotions(), true);
        addMix(charts, "话题分布", mix.topics(), false);
        addMix(charts, oneRegion ? "提及地点" : "地区分布", mix.regions(), false);
        return charts;
    }

    private void addMix(List<ChartImage> charts, String title, List<Count> counts, boolean translated) {
        if (counts.isEmpty()) {
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Count count : counts) {
            data.addValue(count.count(), "条数", translated ? Phrases.label(count.key()) : count.key());
        }
        charts.add(image(title, data, "条数", false));
    }

    private static DefaultCategoryDataset dailyBySource(BriefingWeek week, List<DailySourceVolume> volumes) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // Every day of the week gets its column, a quiet day too.
        for (var day : week.days()) {
            for (DailySourceVolume volume : volumes) {
                data.setValue(0, volume.source(), DAY.format(day));
            }
        }
        for (DailySourceVolume volume : volumes) {
            data.setValue(volume.count(), volume.source(), DAY.format(volume.day()));
        }
        return data;
    }

    private ChartImage image(String title, DefaultCategoryDataset data, String axis, boolean stacked) {
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, false, false, false);
        theme.apply(chart);
        BufferedImage image = chart.createBufferedImage(WIDTH * SCALE, HEIGHT * SCALE, WIDTH, HEIGHT, null);
        try {
            byte[] png = ChartUtils.encodeAsPNG(image);
            return new ChartImage(title, "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart " + title + " as PNG", e);
        }
    }
}
