package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * The hottest issues alive in the week. The analysis job keeps one document per issue, its view from the latest
 * window that changed its messages, so an issue seen in the week is one whose messages span part of it. Issues the
 * job kept apart that are one to a reader are one here: two that share a message (the same matter seen by two
 * windows) count once, the hotter one standing for both, and two with one title are merged.
 */
final class HotIssueQuery {

    static final int TOP = 5;
    /** Read more than shown, so that merging leaves {@link #TOP}. */
    private static final int CANDIDATES = TOP * 6;
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
                .size(CANDIDATES)
                .query(q -> q.bool(b -> b.filter(filters)))
                .sort(o -> o.field(f -> f.field("heat").order(SortOrder.Desc)))
                .source(src -> src.filter(f -> f.includes("title", "region", "count", "authors", "trend", "heat",
                        "negative_share", "representatives", "message_ids", "first_seen"))),
                IndexedHotIssue.class);
        return merged(indexed, week);
    }

    /** Hottest first, each issue once; at most {@link #TOP}. */
    static List<HotIssueFigure> merged(List<IndexedHotIssue> hottestFirst, BriefingWeek week) {
        List<IndexedHotIssue> kept = new ArrayList<>();
        List<Set<String>> keptMessages = new ArrayList<>();
        for (IndexedHotIssue issue : hottestFirst) {
            Set<String> messages = issue.messageIds() == null ? Set.of() : new HashSet<>(issue.messageIds());
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (!Collections.disjoint(keptMessages.get(i), messages)) {
                    same = Integer.MAX_VALUE; // the same matter in another window: already counted
                } else if (titleKey(kept.get(i).title()).equals(titleKey(issue.title()))) {
                    same = i;
                }
            }
            if (same == Integer.MAX_VALUE) {
                continue;
            }
            if (same >= 0) {
                kept.set(same, kept.get(same).joinedWith(issue));
                keptMessages.get(same).addAll(messages);
            } else if (kept.size() < TOP) {
                kept.add(issue);
                keptMessages.add(messages);
            }
        }
        return kept.stream().map(issue -> read(issue, week)).toList();
    }

    /** A title as a reader compares it: without spaces and punctuation. */
    private static String titleKey(String title) {
        return title == null ? "" : title.replaceAll("[\\p{P}\\p{Z}\\s]", "");
    }

    private static HotIssueFigure read(IndexedHotIssue issue, BriefingWeek week) {
        List<String> quotes = new ArrayList<>();
        if (issue.representatives() != null) {
            for (IndexedHotIssue.Representative representative : issue.representatives()) {
                String quote = representative.quote() == null ? "" : shorten(representative.quote().strip());
                if (quotes.size() < QUOTES && !quote.isBlank() && !quotes.contains(quote)) {
                    quotes.add(quote);
                }
            }
        }
        boolean before = issue.firstSeen() != null && OffsetDateTime.parse(issue.firstSeen()).toInstant().isBefore(week.start());
        return new HotIssueFigure(issue.title(), issue.region() == null || issue.region().isBlank() ? null : issue.region(),
                issue.count(), issue.authors(), issue.trend(), issue.heat(), issue.negativeShare(), quotes, before);
    }

    private static String shorten(String quote) {
        return quote.codePointCount(0, quote.length()) <= QUOTE_LENGTH ? quote
                : quote.substring(0, quote.offsetByCodePoints(0, QUOTE_LENGTH)) + "……";
    }

    /** The fields of the jobs module's HotIssue that the briefing reads, under the same names. */
    record IndexedHotIssue(String title, String region, int count, int authors, double trend, double heat,
                           Double negativeShare, List<Representative> representatives, List<String> messageIds,
                           String firstSeen) {

        /** This issue with another one's messages, authors and quotes added: the two are one matter. */
        IndexedHotIssue joinedWith(IndexedHotIssue other) {
            List<Representative> quoted = new ArrayList<>(representatives == null ? List.of() : representatives);
            quoted.addAll(other.representatives == null ? List.of() : other.representatives);
            List<String> ids = new ArrayList<>(messageIds == null ? List.of() : messageIds);
            ids.addAll(other.messageIds == null ? List.of() : other.messageIds);
            String first = firstSeen == null || other.firstSeen != null && other.firstSeen.compareTo(firstSeen) < 0
                    ? other.firstSeen : firstSeen;
            return new IndexedHotIssue(title, region, count + other.count, authors + other.authors, trend,
                    heat, negativeShare, quoted, ids, first);
        }

        record Representative(String quote) {
        }
    }
}
