package org.yuqing.cli.briefing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yuqing.briefing.Briefing;
import org.yuqing.briefing.BriefingFiles;
import org.yuqing.briefing.WeeklyBriefing;
import org.yuqing.briefing.figures.BriefingIndices;
import org.yuqing.briefing.figures.WeekFiguresQuery;
import org.yuqing.briefing.render.CjkFont;
import org.yuqing.briefing.week.BriefingWeek;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./yuqing briefing}: the weekly briefing for leaders (舆情周报), as PDF and HTML, from Elasticsearch. */
@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = "Write the weekly briefing (舆情周报) of an ISO week as PDF and HTML, from Elasticsearch.")
public final class BriefingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--week", description = "ISO week, e.g. 2026-W47 (default: the last complete week, China time)")
    String week;

    @Option(names = "--region", description = "only this region (the documents' region field)")
    String region;

    @Option(names = "--out", defaultValue = ".", description = "directory to write into (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--config", description = "YAML settings file (Elasticsearch)")
    Path config;

    @Option(names = "--font", description = "TrueType font with Chinese glyphs (default: $YUQING_BRIEFING_FONT, "
            + "else /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc from fonts-wqy-zenhei)")
    Path font;

    @Option(names = "--documents-index", defaultValue = "yuqing-docs",
            description = "documents alias or pattern (default: ${DEFAULT-VALUE})")
    String documentsIndex;

    @Option(names = "--hot-issues-index", defaultValue = BriefingIndices.HOT_ISSUES,
            description = "hot-issue index (default: ${DEFAULT-VALUE})")
    String hotIssuesIndex;

    @Option(names = "--alerts-index", defaultValue = "yuqing-alerts",
            description = "alert index; missing means no alerts (default: ${DEFAULT-VALUE})")
    String alertsIndex;

    @Override
    public Integer call() throws Exception {
        BriefingWeek briefingWeek = week();
        CjkFont cjk = CjkFont.locate(font, System.getenv());
        Settings settings = SettingsLoader.load(config, System.getenv());
        try (RestClientTransport transport = ElasticsearchClients.transport(settings.elasticsearch())) {
            WeekFiguresQuery figures = new WeekFiguresQuery(new ElasticsearchClient(transport),
                    new BriefingIndices(documentsIndex, hotIssuesIndex, alertsIndex));
            Briefing briefing = new WeeklyBriefing(figures, cjk, Clock.systemUTC()).write(briefingWeek, region);
            BriefingFiles files = briefing.saveTo(out);
            System.out.printf("%s: %d messages and comments (%d the week before), risk %s%n  %s%n  %s%n",
                    briefingWeek.label(), briefing.figures().volume().current(), briefing.figures().volume().previous(),
                    briefing.narrative().risk().level().chinese(), files.pdf(), files.html());
        }
        return 0;
    }

    private BriefingWeek week() {
        if (week == null) {
            return BriefingWeek.lastCompleteBefore(Clock.systemUTC().instant());
        }
        try {
            return BriefingWeek.parse(week);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--week: " + e.getMessage());
        }
    }
}
