package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * The hottest issues alive in the week. The analysis job keeps one document per issue and overwrites it every
 * window, so an issue seen in the week is one whose messages span part of it.
 */
final class HotIssueQuery {

    static final int TOP = 5;
    private static final int QUOTES = 2;
    private static final int QUOTE_LENGTH = 90;

    private final IndexSearch index;

    HotIssueQuery(IndexSearch index) {
        this.index = index;
    }

    List<HotIssueFigure> of(BriefingWeek week, String region) throws IOException {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("last_seen").gte(week.start().toString())))));
        filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("first_seen").lt(week.end().toString())))));
        if (region != null) {
            filters.add(WeekFilters.term("region", region));
        }
        List<IndexedHotIssue> indexed = index.sources(s -> s
                .size(TOP)
                .query(q -> q.bool(b -> b.filter(filters)))
                .sort(o -> o.field(f -> f.field("heat").order(SortOrder.Desc)))
                .source(src -> src.filter(f -> f.includes("title", "region", "count", "authors", "trend", "heat",
                        "negative_share", "representatives"))),
                IndexedHotIssue.class);
        return indexed.stream().map(HotIssueQuery::read).toList();
    }

    private static HotIssueFigure read(IndexedHotIssue issue) {
        List<String> quotes = new ArrayList<>();
        if (issue.representatives() != null) {
            for (IndexedHotIssue.Representative representative : issue.representatives()) {
                if (quotes.size() < QUOTES && representative.quote() != null && !representative.quote().isBlank()) {
                    quotes.add(shorten(representative.quote().strip()));
                }
            }
        }
        return new HotIssueFigure(issue.title(), issue.region(), issue.count(), issue.authors(), issue.trend(),
                issue.heat(), issue.negativeShare(), quotes);
    }

    private static String shorten(String quote) {
        return quote.codePointCount(0, quote.length()) <= QUOTE_LENGTH ? quote
                : quote.substring(0, quote.offsetByCodePoints(0, QUOTE_LENGTH)) + "……";
    }

    /** The fields of the jobs module's HotIssue that the briefing reads, under the same names. */
    record IndexedHotIssue(String title, String region, int count, int authors, double trend, double heat,
                           Double negativeShare, List<Representative> representatives) {

        record Representative(String quote) {
        }
    }
}
