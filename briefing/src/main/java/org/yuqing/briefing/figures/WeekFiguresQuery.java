package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.yuqing.briefing.week.BriefingWeek;

/** Asks Elasticsearch for every figure of a week's briefing. */
public final class WeekFiguresQuery {

    private final DocumentMixQuery documents;
    private final HotIssueQuery hotIssues;
    private final PolicyQuery policies;
    private final AlertQuery alerts;
    private final HijackQuery hijacks;
    private final ElasticsearchClient client;
    private final BriefingIndices indices;

    private final Clock clock;

    public WeekFiguresQuery(ElasticsearchClient client, BriefingIndices indices) {
        this(client, indices, Clock.systemUTC());
    }

    /** @param clock when the briefing is written: hijacked pages found since the week ended, up to then, count too */
    public WeekFiguresQuery(ElasticsearchClient client, BriefingIndices indices, Clock clock) {
        this.clock = clock;
        this.client = client;
        this.indices = indices;
        IndexSearch documentIndex = new IndexSearch(client, indices.documents());
        this.documents = new DocumentMixQuery(documentIndex);
        this.hotIssues = new HotIssueQuery(new IndexSearch(client, indices.hotIssues()));
        this.policies = new PolicyQuery(documentIndex);
        this.alerts = new AlertQuery(new IndexSearch(client, indices.alerts()));
        this.hijacks = new HijackQuery(documentIndex);
    }

    /** @param region null for all regions */
    public WeekFigures of(BriefingWeek week, String region) throws IOException {
        // What was indexed a moment ago counts too (a briefing written right after a backfill).
        client.indices().refresh(r -> r.index(indices.documents(), indices.hotIssues(), indices.alerts())
                .ignoreUnavailable(true).allowNoIndices(true));
        return new WeekFigures(week, region,
                documents.of(week, region),
                documents.of(week.previous(), region),
                hotIssues.of(week, region),
                policies.of(week, region),
                AlertTally.of(alerts.of(week, region), week),
                hijacks.of(week, region, hijacksUntil(week)));
    }

    /**
     * A hijacked site is reported until the briefing is written (a page found on Monday morning is in that Monday's
     * briefing), but no later than a week after the week: the next briefing reports those.
     */
    private Instant hijacksUntil(BriefingWeek week) {
        Instant now = clock.instant();
        Instant latest = week.end().plus(Duration.ofDays(7));
        return now.isBefore(week.end()) ? week.end() : now.isAfter(latest) ? latest : now;
    }
}
