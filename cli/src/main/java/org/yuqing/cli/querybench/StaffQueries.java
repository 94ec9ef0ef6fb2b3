package org.yuqing.cli.querybench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The searches behind the panels staff look at all day, over the last seven days, in the form Grafana sends them
 * (epoch-millisecond range on the publication date, aggregations under it).
 */
final class StaffQueries {

    private StaffQueries() {
    }

    /** Name → search body for the seven days up to {@code nowMillis}. */
    static Map<String, String> lastSevenDays(long nowMillis) {
        long from = nowMillis - 7L * 86_400_000L;
        String range = """
                "query": {"bool": {"filter": [{"range": {"published_at": {"gte": %d, "lte": %d, "format": "epoch_millis"}}}]}}"""
                .formatted(from, nowMillis);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("top topics (主题排行, by day)", """
                {"size": 0, %s, "aggs": {
                  "topics": {"terms": {"field": "topic", "size": 10},
                    "aggs": {"days": {"date_histogram": {"field": "published_at", "calendar_interval": "1d", "time_zone": "+08:00"}}}}}}"""
                .formatted(range));
        queries.put("negative share (负面占比, by day)", """
                {"size": 0, %s, "aggs": {
                  "days": {"date_histogram": {"field": "published_at", "calendar_interval": "1d", "time_zone": "+08:00"},
                    "aggs": {"negative": {"filter": {"term": {"sentiment": "negative"}}},
                             "score": {"avg": {"field": "sentiment_score"}}}}}}"""
                .formatted(range));
        queries.put("hot issues (热点: keywords × places, negative)", """
                {"size": 0, "query": {"bool": {"filter": [
                    {"range": {"published_at": {"gte": %d, "lte": %d, "format": "epoch_millis"}}},
                    {"term": {"sentiment": "negative"}}]}},
                 "aggs": {"hot": {"terms": {"field": "keywords", "size": 20},
                    "aggs": {"places": {"terms": {"field": "places", "size": 3}},
                             "likes": {"sum": {"field": "likes"}}}}}}"""
                .formatted(from, nowMillis));
        queries.put("latest negative (最新负面, 50 rows)", """
                {"size": 50, "query": {"bool": {"filter": [
                    {"range": {"published_at": {"gte": %d, "lte": %d, "format": "epoch_millis"}}},
                    {"term": {"sentiment": "negative"}}]}},
                 "sort": [{"published_at": "desc"}], "_source": ["title", "source", "published_at", "places"]}"""
                .formatted(from, nowMillis));
        return queries;
    }
}
