package org.yuqing.core.config;

import java.io.Serializable;

/**
 * Where a process serves its metrics in Prometheus' text format ({@code http://host:port/metrics}).
 *
 * @param host the address to listen on; loopback by default, so that metrics are not offered to the network
 *     unless asked for (in a container, 0.0.0.0 lets Prometheus in)
 * @param port the port
 */
public record PrometheusEndpoint(String host, int port) implements Serializable {

    /** The analysis job's (Flink's customary port). */
    public static final PrometheusEndpoint JOB_DEFAULT = new PrometheusEndpoint("127.0.0.1", 9249);
    /** A crawler's, beside the job's. */
    public static final PrometheusEndpoint CRAWLER_DEFAULT = new PrometheusEndpoint("127.0.0.1", 9250);

    public PrometheusEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a metrics host is needed (127.0.0.1, 0.0.0.0 …)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("metrics port " + port + " is not between 0 and 65535");
        }
    }

    /** {@code host:port} or a bare port (then on loopback). */
    public static PrometheusEndpoint parse(String address) {
        int colon = address.lastIndexOf(':');
        try {
            return colon < 0 ? new PrometheusEndpoint("127.0.0.1", Integer.parseInt(address.trim()))
                    : new PrometheusEndpoint(address.substring(0, colon).trim(), Integer.parseInt(address.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a metrics address host:port or a port, found '" + address + "'");
        }
    }

    /** As {@link #parse}, or null for {@code off} (the commands' way to turn metrics off). */
    public static PrometheusEndpoint parseUnlessOff(String address) {
        return address.equals("off") ? null : parse(address);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
