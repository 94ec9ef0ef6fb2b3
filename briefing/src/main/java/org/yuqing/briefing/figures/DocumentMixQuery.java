package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yuqing.briefing.week.BriefingWeek;

/** Counts the public's documents of one week: by sentiment, emotion, topic, region, and per day and source. */
final class DocumentMixQuery {

    private static final String NEGATIVE = "negative";

    private final IndexSearch index;

    DocumentMixQuery(IndexSearch index) {
        this.index = index;
    }

    DocumentMix of(BriefingWeek week, String region) throws IOException {
        // Within one region the regions chart would be one bar; the places its people write about say more.
        String regionField = region == null ? "region" : "places";
        SearchResponse<Void> response = index.search(s -> s
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(WeekFilters.publicWordsOf(week, region))))
                .aggregations("sentiments", a -> a.terms(t -> t.field("sentiment").size(10)))
                .aggregations("emotions", a -> a.terms(t -> t.field("emotion").size(10)))
                .aggregations("topics", a -> a.terms(t -> t.field("topic").size(20)))
                .aggregations("regions", a -> a.terms(t -> t.field(regionField).size(12)))
                .aggregations("misread", a -> a.filter(f -> f.term(t -> t.field("misreading.flag").value(true))))
                .aggregations("daily", a -> a
                        .dateHistogram(h -> h.field("published_at").calendarInterval(CalendarInterval.Day)
                                .timeZone(BriefingWeek.ZONE.getId()).minDocCount(1))
                        .aggregations("sources", sub -> sub.terms(t -> t.field("source").size(8)))),
                Void.class);
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        Map<String, Aggregate> aggs = response.aggregations();
        if (total == 0 || aggs.isEmpty()) {
            return DocumentMix.EMPTY;
        }
        List<Count> sentiments = counts(aggs.get("sentiments"));
        long negative = sentiments.stream().filter(c -> c.key().equals(NEGATIVE)).mapToLong(Count::count).sum();
        return new DocumentMix(total, negative, aggs.get("misread").filter().docCount(), sentiments,
                counts(aggs.get("emotions")), counts(aggs.get("topics")), counts(aggs.get("regions")),
                daily(aggs.get("daily")));
    }

    static List<Count> counts(Aggregate terms) {
        List<Count> counts = new ArrayList<>();
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            counts.add(new Count(bucket.key().stringValue(), bucket.docCount()));
        }
        return counts;
    }

    private static List<DailySourceVolume> daily(Aggregate histogram) {
        List<DailySourceVolume> volumes = new ArrayList<>();
        for (DateHistogramBucket day : histogram.dateHistogram().buckets().array()) {
            LocalDate date = Instant.ofEpochMilli(day.key()).atZone(BriefingWeek.ZONE).toLocalDate();
            for (Count source : counts(day.aggregations().get("sources"))) {
                volumes.add(new DailySourceVolume(date, source.key(), source.count()));
            }
        }
        return volumes;
    }
}
