package org.yuqing.jobs.metrics;

import java.util.Properties;
import org.yuqing.core.config.PrometheusEndpoint;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * {@code metrics.reporter.<name>.factory.class: org.yuqing.jobs.metrics.BoundPrometheusReporterFactory} with
 * {@code host} (default 127.0.0.1) and {@code port} (default 9249).
 */
public final class BoundPrometheusReporterFactory implements MetricReporterFactory {

    public static final String HOST = "host";
    public static final String PORT = "port";

    @Override
    public MetricReporter createMetricReporter(Properties properties) {
        PrometheusEndpoint defaults = PrometheusEndpoint.JOB_DEFAULT;
        return new BoundPrometheusReporter(new PrometheusEndpoint(properties.getProperty(HOST, defaults.host()),
                Integer.parseInt(properties.getProperty(PORT, String.valueOf(defaults.port())))));
    }
}
