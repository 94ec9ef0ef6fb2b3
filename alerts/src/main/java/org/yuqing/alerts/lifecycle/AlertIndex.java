package org.yuqing.alerts.lifecycle;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        install(client, IndexNames.ALERTS);
    }

    /** For {@code index} alone, under a template of the same name: tests keep their alerts apart this way. */
    public static void install(ElasticsearchClient client, String index) {
        try (InputStream in = AlertIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("index template " + RESOURCE + " is missing from the alerts jar");
            }
            ObjectNode template = (ObjectNode) Json.mapper().readTree(in);
            template.putArray("index_patterns").add(index);
            byte[] body = Json.mapper().writeValueAsBytes(template);
            client.indices().putIndexTemplate(t -> t.name(index).withJson(new ByteArrayInputStream(body)));
            if (client.indices().exists(e -> e.index(index)).value()) {
                byte[] mapping = Json.mapper().writeValueAsBytes(template.at("/template/mappings"));
                client.indices().putMapping(m -> m.index(index).withJson(new ByteArrayInputStream(mapping)));
            } else {
                client.indices().create(c -> c.index(index));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the index template " + index, e);
        }
    }
}
