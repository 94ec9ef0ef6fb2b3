package org.yuqing.jobs.misreading;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.policy.PolicyRecord;

/**
 * The policies already indexed, newest first, with the interpretations crawled for them: a job started afresh (a
 * new deployment, a backfill) knows every policy crawled before it, not only those that pass through it.
 */
final class StoredPolicies {

    private static final int MAX_POLICIES = 10_000;

    private StoredPolicies() {
    }

    static List<PolicyRecord> load(ElasticsearchConnection elasticsearch) throws IOException {
        try (RestClientTransport transport = ElasticsearchClients.transport(elasticsearch)) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            if (!client.indices().existsAlias(a -> a.name(IndexNames.DOCUMENTS_ALIAS)).value()) {
                return List.of();
            }
            SearchResponse<RawDocument> response = client.search(s -> s
                    .index(IndexNames.DOCUMENTS_ALIAS)
                    .size(MAX_POLICIES)
                    .query(q -> q.terms(t -> t.field("kind").terms(v -> v.value(List.of(
                            FieldValue.of("policy"), FieldValue.of("interpretation"))))))
                    .sort(o -> o.field(f -> f.field("published_at").order(SortOrder.Desc).missing("_last")))
                    .source(src -> src.filter(f -> f.includes("id", "kind", "title", "doc_no", "issuer", "published_at", "text", "reply_to"))),
                    RawDocument.class);
            Map<String, PolicyRecord> policies = new LinkedHashMap<>();
            for (Hit<RawDocument> hit : response.hits().hits()) {
                PolicyRecord record = hit.source() == null ? null : PolicyRecord.of(hit.source());
                if (record != null) {
                    policies.merge(record.id(), record, PolicyRecord::mergedWith);
                }
            }
            return List.copyOf(policies.values());
        }
    }
}
