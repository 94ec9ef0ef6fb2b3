package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
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

    public WeekFiguresQuery(ElasticsearchClient client, BriefingIndices indices) {
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
                hijacks.of(week, region));
    }
}
