package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.List;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * Reads the alerts that touch a week from the router's index: raised or answered in it, or raised before its end
 * and not yet answered. No index (no router deployed yet) means no alerts, not an error.
 */
final class AlertQuery {

    private static final int MAX_ALERTS = 2_000;

    private final IndexSearch index;

    AlertQuery(IndexSearch index) {
        this.index = index;
    }

    List<AlertRow> of(BriefingWeek week, String region) throws IOException {
        Query raisedInWeek = WeekFilters.within("raised_at", week);
        Query answeredInWeek = WeekFilters.within("answered_at", week);
        Query openBeforeEnd = Query.of(q -> q.bool(b -> b
                .filter(f -> f.range(r -> r.date(d -> d.field("raised_at").lt(week.end().toString()))))
                .mustNot(WeekFilters.term("status", "answered"))));
        List<AlertRow> alerts = index.sources(s -> s
                .size(MAX_ALERTS)
                .query(q -> q.bool(b -> b.should(raisedInWeek, answeredInWeek, openBeforeEnd).minimumShouldMatch("1"))),
                AlertRow.class);
        // Filtered here: the router may map region as text, where a term query would not match whole names.
        return alerts.stream().filter(alert -> region == null || region.equals(alert.region())).toList();
    }
}
