package org.yuqing.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Grafana Elasticsearch panel target (Lucene query, metrics, bucket aggregations) into the search body that
 * Grafana's Elasticsearch datasource sends, so that a dashboard can be checked against a real Elasticsearch
 * without a Grafana server: a range filter on the time field and the query string, bucket aggregations nested in
 * their order, metrics inside the innermost bucket; raw-data targets become a sorted document search.
 */
public final class GrafanaQueryTranslator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)(?::\\w+)?}?");
    private static final Map<String, String> METRIC_AGGREGATIONS = Map.of(
            "avg", "avg", "sum", "sum", "min", "min", "max", "max", "cardinality", "cardinality",
            "percentiles", "percentiles", "extended_stats", "extended_stats");

    private GrafanaQueryTranslator() {
    }

    /**
     * The search body for one target.
     *
     * @param timeField the datasource's time field
     * @param fromMillis the dashboard range's start
     * @param toMillis its end
     * @param variables the text each dashboard variable stands for in a Lucene query, as Grafana formats it (a chosen
     *     value quoted, "All" as the variable's {@code allValue}); a variable not given becomes {@code *}
     */
    public static ObjectNode searchBody(JsonNode target, String timeField, long fromMillis, long toMillis,
                                        Map<String, String> variables) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode filters = body.putObject("query").putObject("bool").putArray("filter");
        filters.addObject().putObject("range").putObject(timeField)
                .put("gte", fromMillis).put("lte", toMillis).put("format", "epoch_millis");
        String query = substitute(target.path("query").asText(""), variables);
        if (!query.isBlank()) {
            filters.addObject().putObject("query_string").put("analyze_wildcard", true).put("query", query);
        }
        List<JsonNode> metrics = list(target.path("metrics"));
        if (metrics.stream().anyMatch(m -> m.path("type").asText().startsWith("raw_") || m.path("type").asText().equals("logs"))) {
            int size = metrics.get(0).at("/settings/size").asInt(500);
            body.put("size", size);
            body.putArray("sort").addObject().putObject(timeField).put("order", "desc");
            return body;
        }
        body.put("size", 0);
        ObjectNode innermost = body;
        for (JsonNode bucket : list(target.path("bucketAggs"))) {
            ObjectNode aggregations = innermost.putObject("aggs");
            innermost = aggregations.putObject(bucket.path("id").asText());
            bucketAggregation(innermost, bucket, timeField, fromMillis, toMillis, variables);
        }
        ObjectNode metricAggregations = null;
        for (JsonNode metric : metrics) {
            String aggregation = METRIC_AGGREGATIONS.get(metric.path("type").asText());
            if (aggregation == null) {
                continue;
            }
            if (metricAggregations == null) {
                metricAggregations = innermost.has("aggs") ? (ObjectNode) innermost.get("aggs") : innermost.putObject("aggs");
            }
            ObjectNode metricAggregation = metricAggregations.putObject(metric.path("id").asText()).putObject(aggregation)
                    .put("field", metric.path("field").asText());
            if (aggregation.equals("percentiles") && metric.at("/settings/percents").isArray()) {
                ArrayNode percents = metricAggregation.putArray("percents");
                metric.at("/settings/percents").forEach(p -> percents.add(Double.parseDouble(p.asText())));
            }
        }
        return body;
    }

    private static void bucketAggregation(ObjectNode into, JsonNode bucket, String timeField, long fromMillis,
                                          long toMillis, Map<String, String> variables) {
        JsonNode settings = bucket.path("settings");
        String field = bucket.path("field").asText(timeField);
        switch (bucket.path("type").asText()) {
            case "date_histogram" -> {
                String interval = settings.path("interval").asText("auto");
                ObjectNode histogram = into.putObject("date_histogram").put("field", field)
                        .put("min_doc_count", settings.path("min_doc_count").asInt(0))
                        .put("format", "epoch_millis");
                if (interval.equals("auto")) {
                    histogram.put("fixed_interval", autoInterval(toMillis - fromMillis));
                } else if (interval.matches("1[mhdwMqy]")) {
                    histogram.put("calendar_interval", interval);
                } else {
                    histogram.put("fixed_interval", interval);
                }
                histogram.putObject("extended_bounds").put("min", fromMillis).put("max", toMillis);
            }
            case "terms" -> {
                ObjectNode terms = into.putObject("terms").put("field", field)
                        .put("size", Integer.parseInt(settings.path("size").asText("10")))
                        .put("min_doc_count", settings.path("min_doc_count").asInt(1));
                String orderBy = settings.path("orderBy").asText("_count");
                terms.putObject("order").put(orderBy, settings.path("order").asText("desc"));
                if (settings.hasNonNull("missing")) {
                    // Grafana's "missing" setting: documents without the field form a bucket of that name.
                    terms.put("missing", settings.path("missing").asText());
                }
            }
            case "histogram" -> into.putObject("histogram").put("field", field)
                    .put("interval", settings.path("interval").asDouble(1)).put("min_doc_count", 0);
            case "filters" -> {
                ObjectNode filters = into.putObject("filters").putObject("filters");
                for (JsonNode filter : list(settings.path("filters"))) {
                    String query = substitute(filter.path("query").asText("*"), variables);
                    filters.putObject(filter.path("label").asText(query)).putObject("query_string")
                            .put("query", query).put("analyze_wildcard", true);
                }
            }
            default -> throw new IllegalArgumentException("bucket aggregation '" + bucket.path("type").asText()
                    + "' is not one the Yuqing dashboards use");
        }
    }

    /** Grafana's own rule of thumb: about a hundred buckets across the range. */
    static String autoInterval(long rangeMillis) {
        long minutes = Math.max(1, rangeMillis / 100 / 60_000);
        if (minutes >= 1440) {
            return (minutes / 1440) + "d";
        }
        if (minutes >= 60) {
            return (minutes / 60) + "h";
        }
        return minutes + "m";
    }

    /** Puts the variables' text into a query; one that is not given matches everything. */
    static String substitute(String query, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(m.group(1), "*")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        return array.isArray() ? JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class)) : List.of();
    }
}
