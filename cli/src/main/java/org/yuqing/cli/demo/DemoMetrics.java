package org.yuqing.cli.demo;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.jobs.elasticsearch.IndexTemplates;
import org.yuqing.jobs.metrics.MetricsSnapshotWriter;

/**
 * Copies the demo job's Prometheus metrics into {@code yuqing-metrics} every few seconds while it runs, as
 * {@code ./yuqing metrics-snapshot} does beside a real job, so the pipeline health dashboard has the demo's run.
 */
final class DemoMetrics implements AutoCloseable {

    /** Not the job's default port, which a job running beside the demo may hold. */
    static final PrometheusEndpoint ENDPOINT = new PrometheusEndpoint("127.0.0.1", 18609);
    private static final long EVERY_SECONDS = 3;

    private final MetricsSnapshotWriter writer;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-metrics-snapshot");
        t.setDaemon(true);
        return t;
    });

    DemoMetrics(ElasticsearchClient elasticsearch) {
        IndexTemplates.install(elasticsearch);
        this.writer = new MetricsSnapshotWriter(elasticsearch,
                Map.of("analysis", URI.create("http://" + ENDPOINT.host() + ":" + ENDPOINT.port() + "/metrics")),
                Clock.systemUTC());
        timer.scheduleWithFixedDelay(this::snapshot, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void snapshot() {
        try {
            writer.snapshot();
        } catch (IOException | RuntimeException e) {
            // The job serves its metrics only once its MiniCluster is up, and not after it ends: skip that snapshot.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        snapshot();
    }
}
