package org.yuqing.crawler.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.yuqing.core.config.PrometheusEndpoint;

/** Serves a registry at {@code http://host:port/metrics} in Prometheus' text format. */
public final class MetricsServer implements AutoCloseable {

    private final HTTPServer server;

    private MetricsServer(HTTPServer server) {
        this.server = server;
    }

    public static MetricsServer start(PrometheusEndpoint endpoint, PrometheusRegistry registry) {
        try {
            return new MetricsServer(HTTPServer.builder().hostname(endpoint.host()).port(endpoint.port())
                    .registry(registry).buildAndStart());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + endpoint + ": " + e.getMessage(), e);
        }
    }

    /** The port bound (the endpoint's, or the one chosen for port 0). */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
