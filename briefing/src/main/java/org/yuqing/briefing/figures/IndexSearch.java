package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.yuqing.core.json.Json;

/**
 * Searches one index or alias of the briefing. A missing index counts as empty: a deployment without the alert
 * router, or a new one before its first document, still gets its briefing.
 */
record IndexSearch(ElasticsearchClient client, String index) {

    <T> SearchResponse<T> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request, Class<T> type)
            throws IOException {
        return client.search(s -> request.apply(s.index(index).ignoreUnavailable(true).allowNoIndices(true)), type);
    }

    /** The hits' sources read in the project's JSON form (snake_case), whatever mapper the client was built with. */
    <T> List<T> sources(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request, Class<T> type)
            throws IOException {
        List<T> sources = new ArrayList<>();
        for (Hit<JsonNode> hit : search(request, JsonNode.class).hits().hits()) {
            if (hit.source() != null) {
                sources.add(Json.mapper().treeToValue(hit.source(), type));
            }
        }
        return sources;
    }
}
