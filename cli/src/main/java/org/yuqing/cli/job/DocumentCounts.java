package org.yuqing.cli.job;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.yuqing.core.naming.IndexNames;

/** How many documents Elasticsearch holds, by kind, for one source or all: what the demo reports. */
public final class DocumentCounts {

    private final ElasticsearchClient client;

    public DocumentCounts(ElasticsearchClient client) {
        this.client = client;
    }

    public Map<String, Long> byKind(String source) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(IndexNames.DOCUMENTS_ALIAS)).value()) {
            return Map.of();
        }
        client.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS));
        SearchResponse<Void> response = client.search(s -> s
                .index(IndexNames.DOCUMENTS_ALIAS)
                .size(0)
                .query(q -> source == null ? q.matchAll(m -> m) : q.term(t -> t.field("source").value(source)))
                .aggregations("kinds", a -> a.terms(t -> t.field("kind").size(20))), Void.class);
        Map<String, Long> counts = new TreeMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("kinds").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }

    public long total(String source) throws IOException {
        return byKind(source).values().stream().mapToLong(Long::longValue).sum();
    }
}
