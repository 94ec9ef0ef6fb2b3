package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.briefing.week.BriefingWeek;

/** The query clauses every count of the briefing shares: a week of one date field, public words, one region. */
final class WeekFilters {

    /** What the public writes; policies, interpretations and official replies are the government's side. */
    static final List<String> PUBLIC_KINDS = List.of("message", "comment");

    private WeekFilters() {
    }

    static Query within(String field, Instant from, Instant until) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).gte(from.toString()).lt(until.toString()))));
    }

    static Query within(String field, BriefingWeek week) {
        return within(field, week.start(), week.end());
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    /** The public's documents published in the week, in the region when one is given. */
    static List<Query> publicWordsOf(BriefingWeek week, String region) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.terms(t -> t.field("kind")
                .terms(v -> v.value(PUBLIC_KINDS.stream().map(FieldValue::of).toList())))));
        filters.add(within("published_at", week));
        if (region != null) {
            filters.add(term("region", region));
        }
        return filters;
    }
}
