package org.yuqing.jobs.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.HTTPServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import org.yuqing.core.config.PrometheusEndpoint;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.prometheus.AbstractPrometheusReporter;

/**
 * Flink's Prometheus reporter, serving on one address rather than on every interface: Flink's own
 * {@code PrometheusReporter} listens on all of them, which is right in a container but not for the embedded
 * MiniCluster on a shared machine, whose metrics should stay on loopback. What is reported and how it is named
 * is Flink's ({@link AbstractPrometheusReporter}); only the listening socket is ours.
 */
public final class BoundPrometheusReporter extends AbstractPrometheusReporter {

    private final PrometheusEndpoint endpoint;
    private HTTPServer server;

    BoundPrometheusReporter(PrometheusEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void open(MetricConfig config) {
        super.open(config);
        try {
            server = new HTTPServer(new InetSocketAddress(endpoint.host(), endpoint.port()), registry(), true);
        } catch (IOException e) {
            // A port already taken (another job on the machine) costs the metrics, not the job.
            log.warn("cannot serve Flink's metrics on {}: {}; the job runs without them (choose another address "
                    + "with --metrics)", endpoint, e.getMessage());
            return;
        }
        log.info("Flink metrics for Prometheus on http://{}:{}/metrics", endpoint.host(), server.getPort());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        super.close();
    }

    /**
     * The registry the base class fills is package-private in Flink 2.2; reading it is the only way to serve it
     * on an address of our choosing. A Flink upgrade that renames it fails {@code PrometheusMetricsIT} at once.
     */
    private CollectorRegistry registry() {
        try {
            Field field = AbstractPrometheusReporter.class.getDeclaredField("registry");
            field.setAccessible(true);
            return (CollectorRegistry) field.get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Flink's AbstractPrometheusReporter no longer has its 'registry' field", e);
        }
    }
}
