package org.yuqing.briefing.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
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
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.yuqing.briefing.figures.Count;
import org.yuqing.briefing.figures.DailySourceVolume;
import org.yuqing.briefing.figures.DocumentMix;
import org.yuqing.briefing.narrative.Phrases;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * The briefing's charts, drawn with the same Chinese font as the PDF: daily volume by source, sentiment and emotion
 * mix, topics, regions. A chart with nothing to compare (no bar, or one) is left out rather than drawn.
 */
public final class BriefingCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    /** Drawn at twice the size it is shown, so it stays sharp when printed. */
    private static final int SCALE = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    private final StandardChartTheme theme;

    /** A bar chart whose columns each have their own colour. */
    private static final class ColumnColours extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final List<Paint> colours;

        ColumnColours(List<Paint> colours) {
            this.colours = List.copyOf(colours);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return colours.get(column % colours.size());
        }
    }

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
            charts.add(image("每日信息量（按来源）", dailyBySource(week, mix.dailyBySource()), "条数", true, List.of()));
        }
        addMix(charts, "情感倾向", mix.sentiments(), true);
        addMix(charts, "情绪分布", mix.emotions(), true);
        addMix(charts, "话题分布", mix.topics(), false);
        addMix(charts, oneRegion ? "提及地点" : "地区分布", mix.regions(), false);
        return charts;
    }

    private void addMix(List<ChartImage> charts, String title, List<Count> counts, boolean translated) {
        if (counts.size() < 2) {
            return; // one bar compares nothing: the key figures already say it
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Paint> colours = new ArrayList<>();
        for (Count count : counts) {
            data.addValue(count.count(), "条数", translated ? Phrases.label(count.key()) : count.key());
            colours.add(Palette.of(count.key(), colours.size()));
        }
        charts.add(image(title, data, "条数", false, colours));
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

    /** @param colours one per column, to tell compared things apart; empty to colour by series (the sources) */
    private ChartImage image(String title, DefaultCategoryDataset data, String axis, boolean stacked, List<Paint> colours) {
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, false, false, false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        // Counts are whole: no tick at 0.5 条.
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer renderer = colours.isEmpty() ? (BarRenderer) plot.getRenderer() : new ColumnColours(colours);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        if (colours.isEmpty()) {
            for (int series = 0; series < data.getRowCount(); series++) {
                renderer.setSeriesPaint(series, Palette.of((String) data.getRowKey(series), series));
            }
        }
        plot.setRenderer(renderer);
        BufferedImage image = chart.createBufferedImage(WIDTH * SCALE, HEIGHT * SCALE, WIDTH, HEIGHT, null);
        try {
            byte[] png = ChartUtils.encodeAsPNG(image);
            return new ChartImage(title, "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart " + title + " as PNG", e);
        }
    }
}
