package org.yuqing.cli.metrics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.elasticsearch.IndexTemplates;
import org.yuqing.jobs.metrics.MetricsSnapshotWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./yuqing metrics-snapshot}: copies the job's and the crawlers' Prometheus metrics into the
 * {@code yuqing-metrics} index every interval, for the 管道健康 dashboard.
 */
@Command(name = "metrics-snapshot", mixinStandardHelpOptions = true,
        description = "Copy the Prometheus metrics of the analysis job and the crawlers into Elasticsearch "
                + "(index " + MetricsSnapshotWriter.INDEX + ") at a fixed interval, for the pipeline health dashboard.")
public final class MetricsSnapshotCommand implements Callable<Integer> {

    @Option(names = "--scrape", paramLabel = "NAME=URL",
            description = "a target to scrape (default: analysis=http://127.0.0.1:9249/metrics)")
    Map<String, URI> targets = new LinkedHashMap<>(Map.of("analysis", URI.create("http://127.0.0.1:9249/metrics")));

    @Option(names = "--every", defaultValue = "PT15S", description = "interval as an ISO-8601 duration (default: 15 s)")
    Duration interval;

    @Option(names = "--once", description = "take one snapshot and exit")
    boolean once;

    @Option(names = "--config", description = "YAML settings file (Kafka, Elasticsearch)")
    Path config;

    @Override
    public Integer call() throws Exception {
        Settings settings = SettingsLoader.load(config, System.getenv());
        try (var transport = ElasticsearchClients.transport(settings.elasticsearch())) {
            ElasticsearchClient elasticsearch = new ElasticsearchClient(transport);
            IndexTemplates.install(elasticsearch);
            MetricsSnapshotWriter writer = new MetricsSnapshotWriter(elasticsearch, targets, Clock.systemUTC());
            System.err.printf("metrics of %s into %s every %d s%n", targets, MetricsSnapshotWriter.INDEX,
                    interval.toSeconds());
            while (true) {
                long started = System.currentTimeMillis();
                int points = writer.snapshot();
                if (once) {
                    System.err.printf("%d points indexed%n", points);
                    return 0;
                }
                Thread.sleep(Math.max(0, interval.toMillis() - (System.currentTimeMillis() - started)));
            }
        }
    }
}
