package org.yuqing.alerts.lifecycle;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;

/**
 * Installs the {@code yuqing-alerts} index template (every facet a keyword, every time a date) and makes sure the
 * index exists with it, so that the dashboards and {@code ./yuqing alerts list} find it before the first alert.
 * Safe at every start: the template is replaced, and fields a newer template adds reach the existing index.
 */
public final class AlertIndex {

    private static final String RESOURCE = IndexNames.ALERTS + ".template.json";

    private AlertIndex() {
    }

    public static void install(ElasticsearchClient client) {
        try (InputStream in = AlertIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("index template " + RESOURCE + " is missing from the alerts jar");
            }
            byte[] body = in.readAllBytes();
            client.indices().putIndexTemplate(t -> t.name(IndexNames.ALERTS).withJson(new ByteArrayInputStream(body)));
            if (client.indices().exists(e -> e.index(IndexNames.ALERTS)).value()) {
                JsonNode mappings = Json.mapper().readTree(body).at("/template/mappings");
                byte[] mapping = Json.mapper().writeValueAsBytes(mappings);
                client.indices().putMapping(m -> m.index(IndexNames.ALERTS).withJson(new ByteArrayInputStream(mapping)));
            } else {
                client.indices().create(c -> c.index(IndexNames.ALERTS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the index template " + IndexNames.ALERTS, e);
        }
    }
}
