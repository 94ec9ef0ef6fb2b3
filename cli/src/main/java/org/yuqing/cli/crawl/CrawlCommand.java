package org.yuqing.cli.crawl;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.yuqing.cli.YuqingHome;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.core.naming.KafkaTopics;
import org.yuqing.crawler.CrawlOptions;
import org.yuqing.crawler.CrawlReport;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.emit.DocumentSink;
import org.yuqing.crawler.emit.JsonLinesDocumentSink;
import org.yuqing.crawler.emit.KafkaDocumentSink;
import org.yuqing.crawler.metrics.CrawlMetrics;
import org.yuqing.crawler.metrics.MetricsServer;
import org.yuqing.crawler.metrics.PrometheusCrawlMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.UncheckedIOException;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.crawler.CrawlListener;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.source.SourceFile;
import org.yuqing.crawler.state.CrawlState;
import org.yuqing.crawler.frontier.HostPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./yuqing crawl --seed URL [--max-pages N] [--out FILE.jsonl]}: a contract other tools rely on, and
 * {@code ./yuqing crawl --sources FILE.yml [--once]}: a site as its YAML file describes it, crawled again every
 * recrawl interval until stopped.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl from a seed URL, staying on its host and obeying robots.txt, or a site described by a "
                + "YAML sources file; documents go to Kafka (" + KafkaTopics.RAW + ") or, with --out, to a JSON Lines file.")
public final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--seed", description = "the URL to start from; the crawl stays on its host")
    String seed;

    @Option(names = "--sources", description = "a site's YAML file (seeds, hosts, page rules, politeness, recrawl interval), "
            + "or a directory of them, one file per site")
    Path sources;

    @Option(names = "--once", description = "with --sources: crawl once and exit instead of again every recrawl interval")
    boolean once;

    @Option(names = "--state-store", defaultValue = "file", paramLabel = "file|elasticsearch",
            description = "with --sources: where the crawl remembers what it emitted, so that a restart emits only what "
                    + "changed: a file per source under --state-dir, or the Elasticsearch index "
                    + IndexNames.CRAWLER_STATE + ", shared by every instance and machine (default: ${DEFAULT-VALUE})")
    String stateStore;

    @Option(names = "--state-dir", description = "with --state-store file: the directory of the state files "
            + "(default: .yuqing/state)")
    Path stateDir;

    @Option(names = "--max-pages", defaultValue = "1000", description = "stop after this many pages (default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--out", description = "write JSON Lines to this file instead of Kafka")
    Path out;

    @Option(names = "--delay-ms", defaultValue = "1000",
            description = "least time between two requests to the host, in ms (default: ${DEFAULT-VALUE})")
    long delayMillis;

    @Option(names = "--config", description = "YAML settings file (Kafka, Elasticsearch)")
    Path config;

    @Option(names = "--instance", defaultValue = "1/1", paramLabel = "I/N",
            description = "with --sources: this is crawler I of N reading the same sources; each takes only its share "
                    + "of the hosts, so no host is fetched by two (default: ${DEFAULT-VALUE})")
    String instance;

    @Option(names = "--metrics", defaultValue = "127.0.0.1:9250", paramLabel = "HOST:PORT|off",
            description = "with --sources: serve the crawl's metrics for Prometheus at http://HOST:PORT/metrics "
                    + "(default: ${DEFAULT-VALUE}; 0.0.0.0:9250 in a container)")
    String metrics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((seed == null) == (sources == null)) {
            throw new ParameterException(spec.commandLine(), "give either --seed URL or --sources FILE.yml");
        }
        if (sources == null) {
            print(crawl(seed, Crawler.hostOf(seed), maxPages, Duration.ofMillis(delayMillis), sink()));
            return 0;
        }
        HostPartition partition;
        try {
            partition = HostPartition.parse(instance);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--instance: " + e.getMessage());
        }
        try (CrawlStateStore states = stateStore(partition)) {
            return crawlUntilStopped(SourceFile.readAll(sources), states, partition);
        }
    }

    private CrawlStateStore stateStore(HostPartition partition) throws Exception {
        switch (stateStore) {
            case "file":
                return CrawlStateStore.files(stateDir != null ? stateDir : YuqingHome.root().resolve(".yuqing/state"),
                        partition);
            case "elasticsearch":
                if (stateDir != null) {
                    throw new ParameterException(spec.commandLine(), "--state-dir goes with --state-store file");
                }
                return CrawlStateStore.elasticsearch(settings().elasticsearch());
            default:
                throw new ParameterException(spec.commandLine(),
                        "--state-store: file or elasticsearch, not '" + stateStore + "'");
        }
    }

    /** Crawls each site whenever it is due, or once with --once; the states are committed and closed at the end. */
    private int crawlUntilStopped(List<Source> sites, CrawlStateStore states, HostPartition partition) throws Exception {
        List<SiteCrawl> crawls = new ArrayList<>();
        PrometheusRegistry registry = new PrometheusRegistry();
        PrometheusCrawlMetrics prometheus = new PrometheusCrawlMetrics(registry);
        try (DocumentSink sink = sink(); AutoCloseable server = serveMetrics(registry)) {
            for (Source site : sites) {
                crawls.add(new SiteCrawl(site, states.open(site.name()), partition, prometheus.listenerFor(site.name())));
            }
            while (true) {
                for (SiteCrawl crawl : crawls) {
                    if (crawl.isDue()) {
                        print(crawl.run(sink));
                        System.err.println("metrics " + crawl.source.name() + ": " + crawl.metrics.snapshot().line());
                    }
                }
                if (once) {
                    return 0;
                }
                long next = crawls.stream().mapToLong(c -> c.dueAt).min().orElseThrow();
                System.err.printf("next crawl in %d s%n", Math.max(0, next - System.currentTimeMillis()) / 1000);
                Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
            }
        } finally {
            for (SiteCrawl crawl : crawls) {
                crawl.close();
            }
        }
    }

    /** One site's crawler, state and metrics, and when it is next due. */
    private static final class SiteCrawl implements AutoCloseable {
        private final Source source;
        private final CrawlState state;
        private final Crawler crawler;
        private final CrawlMetrics metrics = new CrawlMetrics(Clock.systemUTC());
        private final CrawlListener prometheus;
        private long dueAt;

        SiteCrawl(Source source, CrawlState state, HostPartition partition, CrawlListener prometheus) {
            this.source = source;
            this.state = state;
            this.prometheus = prometheus;
            this.crawler = new Crawler(CrawlOptions.forHosts(source.allowedHosts()), state, partition);
        }

        boolean isDue() {
            return System.currentTimeMillis() >= dueAt;
        }

        CrawlReport run(DocumentSink sink) throws Exception {
            try {
                return crawler.crawl(source, sink, new ConsoleProgress(System.err).and(metrics).and(prometheus));
            } finally {
                dueAt = System.currentTimeMillis() + source.recrawlInterval().toMillis();
            }
        }

        @Override
        public void close() throws Exception {
            crawler.close();
            state.close();
        }
    }

    /**
     * A crawler runs for days: its metrics are served unless turned off. A port already taken (a second crawler
     * on the machine) costs the metrics, not the crawl.
     */
    private AutoCloseable serveMetrics(PrometheusRegistry registry) {
        PrometheusEndpoint endpoint;
        try {
            endpoint = PrometheusEndpoint.parseUnlessOff(metrics);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--metrics: " + e.getMessage());
        }
        if (endpoint == null) {
            return () -> { };
        }
        try {
            MetricsServer server = MetricsServer.start(endpoint, registry);
            System.err.printf("metrics for Prometheus on http://%s:%d/metrics%n", endpoint.host(), server.port());
            return server;
        } catch (UncheckedIOException e) {
            System.err.println("warning: " + e.getMessage() + "; crawling without metrics (choose another with --metrics)");
            return () -> { };
        }
    }

    private static void print(CrawlReport report) {
        System.err.printf("crawled %d pages: %d documents %s, %d pages unchanged%s%n", report.pagesFetched(),
                report.documents(), report.documentsByKind(), report.unchanged(),
                report.failures().isEmpty() ? "" : ", failures " + report.failures());
    }

    private DocumentSink sink() throws Exception {
        if (out != null) {
            return new JsonLinesDocumentSink(out);
        }
        return new KafkaDocumentSink(settings().kafka(), KafkaTopics.RAW);
    }

    private Settings settings() {
        return SettingsLoader.load(config, System.getenv());
    }

    /** Crawls one seed's host into the sink, naming the documents' source, and closes the sink. */
    public static CrawlReport crawl(String seed, String source, int maxPages, Duration delay, DocumentSink sink)
            throws Exception {
        CrawlOptions options = CrawlOptions.forHosts(Set.of(Crawler.hostOf(seed)))
                .withMaxPages(maxPages).withMinDelayPerHost(delay);
        try (sink; Crawler crawler = new Crawler(options)) {
            return crawler.crawl(List.of(seed), source, sink, new ConsoleProgress(System.err));
        }
    }
}
