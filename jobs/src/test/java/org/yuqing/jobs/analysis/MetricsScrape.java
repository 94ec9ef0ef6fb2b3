package org.yuqing.jobs.analysis;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.yuqing.jobs.metrics.PrometheusText;
import org.yuqing.jobs.metrics.PrometheusText.Sample;

/** The job's metrics, scraped over loopback the way Prometheus does, until one sample shows what a test waits for. */
final class MetricsScrape {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MetricsScrape() {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Scrapes until a sample passes {@code ready}; returns that scrape whole. */
    static List<Sample> until(int port, Predicate<Sample> ready, Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> scrape(port), samples -> samples.stream().anyMatch(ready));
    }

    private static List<Sample> scrape(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("metrics answered " + response.statusCode());
        }
        return PrometheusText.parse(response.body());
    }
}
