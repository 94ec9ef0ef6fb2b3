package org.yuqing.jobs.metrics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuqing.jobs.metrics.MetricsSnapshot.Point;

/**
 * Copies the pipeline's Prometheus metrics into Elasticsearch at each call of {@link #snapshot()}: Grafana's
 * Elasticsearch datasource then charts them beside the documents, where no Prometheus runs (and the dashboards'
 * test can check the panels against a real index). A target that does not answer is skipped for that round.
 */
public final class MetricsSnapshotWriter {

    public static final String INDEX = "yuqing-metrics";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsSnapshotWriter.class);

    private final ElasticsearchClient elasticsearch;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, URI> targets;
    private final Map<String, MetricsSnapshot> snapshots = new LinkedHashMap<>();

    /** @param targets a name per scrape URL ({@code analysis → http://127.0.0.1:9249/metrics}) */
    public MetricsSnapshotWriter(ElasticsearchClient elasticsearch, Map<String, URI> targets, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.targets = Map.copyOf(targets);
        this.clock = clock;
        targets.keySet().forEach(name -> snapshots.put(name, new MetricsSnapshot(name)));
    }

    /** Scrapes every target once and indexes what it kept; returns how many points were indexed. */
    public int snapshot() throws IOException {
        String now = clock.instant().toString();
        List<Point> points = new ArrayList<>();
        for (Map.Entry<String, MetricsSnapshot> target : snapshots.entrySet()) {
            try {
                points.addAll(target.getValue().points(PrometheusText.parse(scrape(targets.get(target.getKey()))), now));
            } catch (IOException e) {
                LOG.warn("metrics of {} at {} not read this round: {}", target.getKey(), targets.get(target.getKey()),
                        e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        if (points.isEmpty()) {
            return 0;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Point point : points) {
            bulk.operations(op -> op.index(index -> index.index(INDEX).document(point)));
        }
        BulkResponse response = elasticsearch.bulk(bulk.build());
        if (response.errors()) {
            throw new IOException("Elasticsearch refused metrics: " + response.items().stream()
                    .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse("?"));
        }
        return points.size();
    }

    private String scrape(URI url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
