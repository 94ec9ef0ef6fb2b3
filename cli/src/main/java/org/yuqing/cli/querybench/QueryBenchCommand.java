package org.yuqing.cli.querybench;

import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.elasticsearch.IndexTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast the staff's searches answer over a realistic volume: loads synthetic analysed documents into monthly
 * indices of their own ({@code bench-docs-YYYY.MM} behind {@code bench-docs}, the documents' real template), then
 * times each search cold (Elasticsearch's caches cleared before every run) and warm (repeated, with the request
 * cache off, as Grafana's moving time range defeats it anyway). Not a test: it measures and prints. The benchmark
 * indices are deleted at the end unless {@code --keep}.
 */
@Command(name = "query-bench", mixinStandardHelpOptions = true,
        description = "Load N synthetic documents into bench-docs-* and time the dashboards' searches (cold, warm; p50/p99).")
public final class QueryBenchCommand implements Callable<Integer> {

    static final String PREFIX = "bench-docs-";
    static final String ALIAS = "bench-docs";

    @Option(names = "--documents", defaultValue = "1000000", description = "documents to load (default: ${DEFAULT-VALUE})")
    long documents;

    @Option(names = "--batch", defaultValue = "2000", description = "documents per bulk request (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--cold-runs", defaultValue = "10", description = "runs per search after clearing caches (default: ${DEFAULT-VALUE})")
    int coldRuns;

    @Option(names = "--warm-runs", defaultValue = "50", description = "runs per search without clearing (default: ${DEFAULT-VALUE})")
    int warmRuns;

    @Option(names = "--skip-load", description = "search what an earlier --keep run left")
    boolean skipLoad;

    @Option(names = "--keep", description = "keep the benchmark indices afterwards")
    boolean keep;

    @Option(names = "--config", description = "YAML settings file (Kafka, Elasticsearch)")
    Path config;

    @Override
    public Integer call() throws Exception {
        Settings settings = SettingsLoader.load(config, System.getenv());
        try (RestClientTransport transport = ElasticsearchClients.transport(settings.elasticsearch())) {
            RestClient http = transport.restClient();
            Instant now = Instant.now();
            try {
                if (!skipLoad) {
                    installTemplate(http);
                    load(http, now);
                }
                JsonNode stats = call(http, "GET", "/" + ALIAS + "/_stats/docs,store", null);
                System.out.printf("%n%,d documents in %s, %,d MB on disk; Elasticsearch heap %s%n",
                        stats.at("/_all/primaries/docs/count").asLong(), ALIAS,
                        stats.at("/_all/primaries/store/size_in_bytes").asLong() >> 20, heap(http));
                System.out.printf("%n%-48s %10s %10s %10s %10s   %s%n", "search (last 7 days)", "cold p50", "cold p99",
                        "warm p50", "warm p99", "hits, ms = client round trip (Elasticsearch's own 'took' in brackets)");
                for (Map.Entry<String, String> query : StaffQueries.lastSevenDays(now.toEpochMilli()).entrySet()) {
                    Timings cold = time(http, query.getValue(), coldRuns, true);
                    Timings warm = time(http, query.getValue(), warmRuns, false);
                    System.out.printf("%-48s %10s %10s %10s %10s   %,d%n", query.getKey(), cold.p(50), cold.p(99),
                            warm.p(50), warm.p(99), warm.hits);
                }
            } finally {
                if (!keep) {
                    dropBenchmarkIndices(http);
                }
            }
        }
        return 0;
    }

    /** The documents' own template, for the benchmark's pattern and alias. */
    private static void installTemplate(RestClient http) throws IOException {
        try (InputStream in = IndexTemplates.class.getResourceAsStream(IndexNames.DOCUMENTS_TEMPLATE + ".template.json")) {
            ObjectNode template = (ObjectNode) Json.mapper().readTree(in);
            template.putArray("index_patterns").add(PREFIX + "*");
            ObjectNode inner = (ObjectNode) template.get("template");
            inner.putObject("aliases").putObject(ALIAS);
            template.put("priority", 200);
            call(http, "PUT", "/_index_template/" + ALIAS, template.toString());
        }
    }

    private void load(RestClient http, Instant now) throws IOException {
        SyntheticDocuments generator = new SyntheticDocuments(42, now);
        long started = System.nanoTime();
        long lastReport = started;
        StringBuilder body = new StringBuilder(batch * 1200);
        TreeSet<String> indices = new TreeSet<>();
        for (long n = 0; n < documents; n++) {
            ObjectNode doc = generator.next(n);
            String index = PREFIX + IndexNames.documentsIndexFor(doc.path("published_at").asText()).substring("yuqing-docs-".length());
            if (indices.add(index)) {
                // Bulk loading is faster without refreshes; the index is refreshed once at the end.
                call(http, "PUT", "/" + index, "{\"settings\": {\"refresh_interval\": \"-1\"}}");
            }
            body.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(doc.path("id").asText())
                    .append("\"}}\n").append(doc).append('\n');
            if ((n + 1) % batch == 0 || n + 1 == documents) {
                JsonNode response = call(http, "POST", "/_bulk", body.toString());
                if (response.path("errors").asBoolean()) {
                    throw new IllegalStateException("bulk rejected documents: " + firstError(response));
                }
                body.setLength(0);
                long nowNanos = System.nanoTime();
                if (nowNanos - lastReport > 10_000_000_000L || n + 1 == documents) {
                    double seconds = (nowNanos - started) / 1e9;
                    System.out.printf("  loaded %,d / %,d documents, %.0f s, %,.0f docs/s%n", n + 1, documents, seconds,
                            (n + 1) / seconds);
                    lastReport = nowNanos;
                }
            }
        }
        for (String index : indices) {
            call(http, "PUT", "/" + index + "/_settings", "{\"index\": {\"refresh_interval\": \"1s\"}}");
        }
        call(http, "POST", "/" + ALIAS + "/_refresh", null);
        long mergeStarted = System.nanoTime();
        // Segments as a real month would have them after a while: merged down, so the cold runs read few files.
        call(http, "POST", "/" + ALIAS + "/_forcemerge?max_num_segments=5", null);
        System.out.printf("  load done in %.0f s (force merge %.0f s) into %s%n", (System.nanoTime() - started) / 1e9,
                (System.nanoTime() - mergeStarted) / 1e9, indices);
    }

    private static String firstError(JsonNode bulk) {
        for (JsonNode item : bulk.path("items")) {
            JsonNode error = item.path("index").path("error");
            if (!error.isMissingNode()) {
                return error.toString();
            }
        }
        return "(none reported)";
    }

    private static Timings time(RestClient http, String query, int runs, boolean cold) throws IOException {
        List<Long> client = new ArrayList<>();
        List<Long> server = new ArrayList<>();
        long hits = 0;
        for (int i = 0; i < runs; i++) {
            if (cold) {
                call(http, "POST", "/" + ALIAS + "/_cache/clear", null);
            }
            long started = System.nanoTime();
            JsonNode response = call(http, "POST", "/" + ALIAS + "/_search?request_cache=false", query);
            client.add((System.nanoTime() - started) / 1_000_000);
            server.add(response.path("took").asLong());
            hits = response.at("/hits/total/value").asLong();
        }
        return new Timings(client, server, hits);
    }

    private record Timings(List<Long> client, List<Long> server, long hits) {

        String p(double percentile) {
            return percentile(client, percentile) + " (" + percentile(server, percentile) + ")";
        }

        private static long percentile(List<Long> values, double p) {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }

    private static String heap(RestClient http) throws IOException {
        JsonNode nodes = call(http, "GET", "/_nodes/stats/jvm", null).path("nodes");
        JsonNode node = nodes.elements().next();
        return (node.at("/jvm/mem/heap_max_in_bytes").asLong() >> 20) + " MB";
    }

    private static void dropBenchmarkIndices(RestClient http) throws IOException {
        JsonNode indices = call(http, "GET", "/_cat/indices/" + PREFIX + "*?format=json&h=index", null);
        for (JsonNode index : indices) {
            call(http, "DELETE", "/" + index.path("index").asText(), null);
        }
        call(http, "DELETE", "/_index_template/" + ALIAS, null);
        System.out.printf("%ndeleted %d benchmark index(es) and the %s template%n", indices.size(), ALIAS);
    }

    private static JsonNode call(RestClient http, String method, String path, String body) throws IOException {
        Request request = new Request(method, path);
        if (body != null) {
            request.setEntity(new NStringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        }
        Response response = http.performRequest(request);
        return Json.mapper().readTree(response.getEntity().getContent());
    }
}
