package org.yuqing.briefing;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.yuqing.briefing.charts.BriefingCharts;
import org.yuqing.briefing.figures.WeekFigures;
import org.yuqing.briefing.figures.WeekFiguresQuery;
import org.yuqing.briefing.narrative.BriefingNarrative;
import org.yuqing.briefing.narrative.NarrativeWriter;
import org.yuqing.briefing.render.BriefingView;
import org.yuqing.briefing.render.CjkFont;
import org.yuqing.briefing.render.HtmlRenderer;
import org.yuqing.briefing.render.PdfRenderer;
import org.yuqing.briefing.week.BriefingWeek;

/** Writes the briefing of a week: figures from Elasticsearch, the words made from them, charts, HTML, then PDF. */
public final class WeeklyBriefing {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(BriefingWeek.ZONE);

    private final WeekFiguresQuery figures;
    private final BriefingCharts charts;
    private final HtmlRenderer html = new HtmlRenderer();
    private final PdfRenderer pdf;
    private final Clock clock;

    public WeeklyBriefing(WeekFiguresQuery figures, CjkFont font, Clock clock) {
        this.figures = figures;
        this.charts = new BriefingCharts(font.awtFont());
        this.pdf = new PdfRenderer(font);
        this.clock = clock;
    }

    /** @param region null for all regions */
    public Briefing write(BriefingWeek week, String region) throws IOException {
        return render(figures.of(week, region));
    }

    /** The briefing of figures already counted. */
    public Briefing render(WeekFigures week) {
        BriefingNarrative narrative = NarrativeWriter.write(week);
        BriefingView view = BriefingView.of(week, narrative,
                charts.draw(week.week(), week.thisWeek(), week.region() != null), GENERATED.format(clock.instant()));
        String page = html.render(view);
        return new Briefing(week, narrative, page, pdf.render(page));
    }
}
