package org.yuqing.cli.briefing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.yuqing.briefing.Briefing;
import org.yuqing.briefing.BriefingFiles;
import org.yuqing.briefing.WeeklyBriefing;
import org.yuqing.alerts.routing.RouterConfig;
import org.yuqing.alerts.routing.RoutingFile;
import org.yuqing.briefing.delivery.BriefingDelivery;
import org.yuqing.briefing.delivery.BriefingScheduler;
import org.yuqing.briefing.delivery.WeeklySchedule;
import org.yuqing.briefing.figures.BriefingIndices;
import org.yuqing.briefing.figures.WeekFiguresQuery;
import org.yuqing.briefing.render.CjkFont;
import org.yuqing.briefing.week.BriefingWeek;
import org.yuqing.core.config.Settings;
import org.yuqing.cli.alerts.RoutingFiles;
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

    @Option(names = "--mail-to", split = ",", paramLabel = "ADDRESS",
            description = "mail the briefing (HTML body, PDF attached) to these addresses, through the SMTP server of "
                    + "the routing file")
    List<String> mailTo = List.of();

    @Option(names = "--routing", description = "the routing file whose smtp section sends the mail "
            + "(default: deploy/routing.yaml)")
    Path routing;

    @Option(names = "--serve", description = "keep running and write and mail the last week's briefing every "
            + "Monday at 08:00 China time (needs --mail-to)")
    boolean serve;

    @Override
    public Integer call() throws Exception {
        CjkFont cjk = CjkFont.locate(font, System.getenv());
        Settings settings = SettingsLoader.load(config, System.getenv());
        BriefingDelivery delivery = delivery();
        try (RestClientTransport transport = ElasticsearchClients.transport(settings.elasticsearch())) {
            WeekFiguresQuery figures = new WeekFiguresQuery(new ElasticsearchClient(transport),
                    new BriefingIndices(documentsIndex, hotIssuesIndex, alertsIndex), Clock.systemUTC());
            WeeklyBriefing briefings = new WeeklyBriefing(figures, cjk, Clock.systemUTC());
            if (serve) {
                return serve(briefings, delivery);
            }
            BriefingWeek briefingWeek = week();
            Briefing briefing = briefings.write(briefingWeek, region);
            BriefingFiles files = briefing.saveTo(out);
            System.out.printf("%s: %d messages and comments (%d the week before), risk %s%n  %s%n  %s%n",
                    briefingWeek.label(), briefing.figures().volume().current(), briefing.figures().volume().previous(),
                    briefing.narrative().risk().level().chinese(), files.pdf(), files.html());
            if (delivery != null) {
                delivery.deliver(briefing, files);
                System.out.println("  mailed to " + String.join(", ", mailTo));
            }
        }
        return 0;
    }

    private int serve(WeeklyBriefing briefings, BriefingDelivery delivery) throws InterruptedException {
        if (delivery == null) {
            throw new ParameterException(spec.commandLine(), "--serve mails the briefing every Monday: give --mail-to");
        }
        try (BriefingScheduler scheduler = new BriefingScheduler(briefings, delivery, WeeklySchedule.MONDAY_MORNING,
                out, region, Clock.systemUTC())) {
            scheduler.start();
            System.out.println("writing the weekly briefing into " + out + " and mailing it to "
                    + String.join(", ", mailTo) + " every Monday; Ctrl-C stops");
            new CountDownLatch(1).await();
        }
        return 0;
    }

    private BriefingDelivery delivery() {
        if (mailTo.isEmpty()) {
            return null;
        }
        Path file = RoutingFiles.givenOrDefault(routing);
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "--mail-to sends through the SMTP server of the routing "
                    + "file, and there is none at " + file + ": pass --routing FILE (see deploy/routing.example.yaml)");
        }
        RouterConfig routerConfig = RoutingFile.load(file, System.getenv());
        if (routerConfig.smtp() == null) {
            throw new ParameterException(spec.commandLine(), file + ": no smtp section, so the briefing cannot be mailed");
        }
        return new MailedBriefing(routerConfig.smtp(), mailTo);
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
