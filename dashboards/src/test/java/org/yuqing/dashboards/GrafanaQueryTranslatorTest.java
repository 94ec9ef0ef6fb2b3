package org.yuqing.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrafanaQueryTranslatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTermsPanelWithAnAverageBecomesNestedAggregationsUnderTheTimeAndQueryFilters() throws Exception {
        JsonNode target = JSON.readTree("""
                {"refId": "A", "query": "kind:comment AND topic:$topic",
                 "metrics": [{"id": "1", "type": "count"}, {"id": "3", "type": "avg", "field": "sentiment_score"}],
                 "bucketAggs": [{"id": "2", "type": "terms", "field": "source", "settings": {"size": "5", "order": "desc", "orderBy": "_count"}}],
                 "timeField": "published_at"}""");

        JsonNode body = GrafanaQueryTranslator.searchBody(target, "published_at", 1000, 2000, Map.of("topic", "\"交通运输\""));

        assertThat(body.at("/size").asInt()).isZero();
        assertThat(body.at("/query/bool/filter/0/range/published_at/gte").asLong()).isEqualTo(1000);
        assertThat(body.at("/query/bool/filter/1/query_string/query").asText()).isEqualTo("kind:comment AND topic:\"交通运输\"");
        assertThat(body.at("/aggs/2/terms/field").asText()).isEqualTo("source");
        assertThat(body.at("/aggs/2/terms/size").asInt()).isEqualTo(5);
        assertThat(body.at("/aggs/2/aggs/3/avg/field").asText()).isEqualTo("sentiment_score");
    }

    @Test
    void anUnsetVariableMeansAll() {
        assertThat(GrafanaQueryTranslator.substitute("topic:$topic AND source:${source}", Map.of())).isEqualTo("topic:* AND source:*");
    }

    @Test
    void aDateHistogramCoversTheWholeRangeWithCalendarOrFixedIntervals() throws Exception {
        JsonNode daily = JSON.readTree("""
                {"metrics": [{"id": "1", "type": "count"}],
                 "bucketAggs": [{"id": "2", "type": "date_histogram", "field": "published_at", "settings": {"interval": "1d"}},
                                {"id": "3", "type": "terms", "field": "sentiment"}]}""");

        JsonNode body = GrafanaQueryTranslator.searchBody(daily, "published_at", 0, 86_400_000L * 7, Map.of());

        assertThat(body.at("/aggs/2/date_histogram/calendar_interval").asText()).isEqualTo("1d");
        assertThat(body.at("/aggs/2/date_histogram/extended_bounds/max").asLong()).isEqualTo(86_400_000L * 7);
        assertThat(body.at("/aggs/2/aggs/3/terms/field").asText()).isEqualTo("sentiment");
        assertThat(GrafanaQueryTranslator.autoInterval(86_400_000L * 7)).isEqualTo("1h");
    }

    @Test
    void aRawDataTableIsASortedDocumentSearch() throws Exception {
        JsonNode target = JSON.readTree("""
                {"query": "integrity.hijacked:true", "metrics": [{"id": "1", "type": "raw_data", "settings": {"size": "50"}}]}""");

        JsonNode body = GrafanaQueryTranslator.searchBody(target, "fetched_at", 0, 1, Map.of());

        assertThat(body.at("/size").asInt()).isEqualTo(50);
        assertThat(body.at("/sort/0/fetched_at/order").asText()).isEqualTo("desc");
        assertThat(body.has("aggs")).isFalse();
    }

    @Test
    void documentsWithoutTheFieldCanFormTheirOwnBucketAndPercentilesKeepTheirPercents() throws Exception {
        JsonNode target = JSON.readTree("""
                {"metrics": [{"id": "1", "type": "count"},
                             {"id": "3", "type": "percentiles", "field": "reply.hours_to_reply", "settings": {"percents": ["50", "90"]}}],
                 "bucketAggs": [{"id": "2", "type": "terms", "field": "misreading.clause.keyword", "settings": {"missing": "未误读"}}]}""");

        JsonNode body = GrafanaQueryTranslator.searchBody(target, "published_at", 0, 1, Map.of());

        assertThat(body.at("/aggs/2/terms/missing").asText()).isEqualTo("未误读");
        assertThat(body.at("/aggs/2/aggs/3/percentiles/percents").toString()).isEqualTo("[50.0,90.0]");
    }
}
