package org.yuqing.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;

/**
 * What integration tests that register policies need from the shared documents index: a city that no indexed
 * policy names, so that their comments link to their own policy and not to another test's copy of it, and the
 * removal of their documents afterwards.
 */
public final class SharedIndex {

    public static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));

    private static final List<String> CITIES = List.of("黄山市", "宣城市", "池州市", "铜陵市", "六安市", "亳州市", "宿州市",
            "淮北市", "蚌埠市", "滁州市", "芜湖市", "安庆市", "阜阳市", "淮南市");

    private SharedIndex() {
    }

    public static String cityNoPolicyNames() {
        try (RestClientTransport transport = ElasticsearchClients.transport(ELASTICSEARCH, null)) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            List<String> titles = new ArrayList<>();
            if (client.indices().existsAlias(a -> a.name(IndexNames.DOCUMENTS_ALIAS)).value()) {
                client.search(q -> q.index(IndexNames.DOCUMENTS_ALIAS).size(10_000)
                                .query(t -> t.term(m -> m.field("kind").value("policy"))), RawDocument.class)
                        .hits().hits().forEach(hit -> titles.add(String.valueOf(hit.source().title())));
            }
            return CITIES.stream().filter(city -> titles.stream().noneMatch(title -> title.contains(city)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("every test city is taken"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a source's documents, one by id: this Elasticsearch build has no delete-by-query. */
    public static void removeDocumentsOf(String source) throws IOException {
        try (RestClientTransport transport = ElasticsearchClients.transport(ELASTICSEARCH, null)) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            if (!client.indices().existsAlias(a -> a.name(IndexNames.DOCUMENTS_ALIAS)).value()) {
                return;
            }
            client.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS));
            var hits = client.search(q -> q.index(IndexNames.DOCUMENTS_ALIAS).size(1_000).source(f -> f.fetch(false))
                    .query(t -> t.term(m -> m.field("source").value(source))), Void.class).hits().hits();
            if (!hits.isEmpty()) {
                client.bulk(b -> {
                    hits.forEach(hit -> b.operations(o -> o.delete(d -> d.index(hit.index()).id(hit.id()))));
                    return b.refresh(Refresh.True);
                });
            }
        }
    }
}
