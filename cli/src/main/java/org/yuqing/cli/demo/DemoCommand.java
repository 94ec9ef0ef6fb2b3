package org.yuqing.cli.demo;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.yuqing.cli.YuqingHome;
import org.yuqing.cli.crawl.CrawlCommand;
import org.yuqing.cli.job.DocumentCounts;
import org.yuqing.cli.job.JobCommand;
import org.yuqing.cli.services.ServicesCommand;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.core.naming.KafkaTopics;
import org.yuqing.crawler.CrawlReport;
import org.yuqing.crawler.emit.KafkaDocumentSink;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole flow on one machine: services up, the alert router with webhooks on loopback, the demo portal of the
 * current week served on loopback, crawled into Kafka, analysed on an embedded Flink and indexed into
 * Elasticsearch, its alerts delivered and handled, then a summary. Running it again adds no documents.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the services, crawl the bundled demo portal (the last week and this one), analyse and index it, "
                + "route its alerts to webhooks on loopback, print a summary.")
public final class DemoCommand implements Callable<Integer> {

    static final String SOURCE = "demo-portal";
    /** Every page of the portal, with room to spare: its mailbox prints 40 messages a page. */
    private static final int MAX_PAGES = 200;
    private static final String PENSION_INTERPRETATION = "/zcjd/202611/t20261106_2001.html";

    @Option(names = "--port", defaultValue = "" + DemoPortal.DEFAULT_PORT,
            description = "loopback port of the demo portal (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws Exception {
        step("1/5", "starting Kafka and Elasticsearch");
        int services = ServicesCommand.run("up", null);
        if (services != 0) {
            System.err.println("the services did not start; see the messages above");
            return services;
        }
        Settings settings = SettingsLoader.load(null, System.getenv());
        DemoWeek week = DemoWeek.current();
        AnalysisJobOptions job = AnalysisJobOptions.from(settings).untilCaughtUp(true).checkpointEvery(1000)
                .checkpointsIn(YuqingHome.root().resolve(".yuqing/flink/demo-checkpoints").toUri().toString())
                .metricsOn(DemoMetrics.ENDPOINT);
        try (var transport = ElasticsearchClients.transport(settings.elasticsearch())) {
            ElasticsearchClient elasticsearch = new ElasticsearchClient(transport);
            DocumentCounts counts = new DocumentCounts(elasticsearch);
            long before = counts.total(SOURCE);

            step("2/5", "starting the alert router, with the responsible bodies' webhooks on loopback");
            try (DemoAlerts alerts = DemoAlerts.start(YuqingHome.root().resolve(".yuqing/demo"), settings.kafka(), elasticsearch)) {
                CrawlReport crawl;
                String interpretation;
                try (DemoPortal portal = DemoPortal.start(port, week)) {
                    step("3/5", "crawling the demo portal at " + portal.url("/") + " (" + portal.messages()
                            + " citizen messages, " + week.start().toLocalDate() + " to " + week.end().toLocalDate().minusDays(1) + ")");
                    crawl = CrawlCommand.crawl(portal.url("/index.html"), SOURCE, MAX_PAGES, Duration.ofMillis(10),
                            new InPublicationOrder(new KafkaDocumentSink(settings.kafka(), KafkaTopics.RAW)));
                    interpretation = portal.url(PENSION_INTERPRETATION);
                }
                step("4/5", "analysing on an embedded Flink MiniCluster and indexing into Elasticsearch");
                try (DemoMetrics metrics = new DemoMetrics(elasticsearch)) {
                    JobCommand.run(job);
                }
                alerts.awaitQuiet();
                alerts.handle(interpretation);

                step("5/5", "summary");
                Map<String, Long> indexed = counts.byKind(SOURCE);
                long after = counts.total(SOURCE);
                System.out.printf("%n  crawled  %d pages, %d documents: %s%n", crawl.pagesFetched(), crawl.documents(),
                        byJsonName(crawl.documentsByKind()));
                System.out.printf("  indexed  %d documents from the demo portal: %s (%d new in this run)%n", after, indexed,
                        after - before);
                System.out.printf("  alerts   %d delivered to the webhooks in this run; router: %s%n",
                        alerts.delivered().size(), alerts.progress());
            }
            System.out.printf("%n  Search them:  curl -s -G '%s/%s/_search' --data-urlencode 'q=tokens:养老金' -d pretty%n",
                    settings.elasticsearchUrl(), IndexNames.DOCUMENTS_ALIAS);
            System.out.println("  The week's briefing: ./yuqing briefing --out briefings");
            System.out.println("  Dashboards: dashboards/grafana/*.json (time range: last 7 days)");
            System.out.printf("  Dead letters: topic %s on %s%n", KafkaTopics.DEAD_LETTERS, settings.kafkaBootstrapServers());
            System.out.println("  Stop the services with: ./yuqing services down");
        }
        return 0;
    }

    private static Map<String, Integer> byJsonName(Map<DocumentKind, Integer> counts) {
        Map<String, Integer> named = new TreeMap<>();
        counts.forEach((kind, count) -> named.put(kind.jsonName(), count));
        return named;
    }

    private static void step(String number, String what) {
        System.err.printf("[%s] %s%n", number, what);
    }
}
