package org.yuqing.crawler.state;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;

/**
 * Installs the index template of the crawler's state and makes sure the index exists with it, so that no field
 * of it ever comes from dynamic mapping. Safe at every start and from several crawlers starting at once: the
 * template is put again, and an index that another crawler created in the meantime is taken as it is.
 */
final class CrawlerStateIndex {

    private static final String RESOURCE = IndexNames.CRAWLER_STATE + ".template.json";

    private CrawlerStateIndex() {
    }

    /** For {@code index} alone, under a template of the same name: tests keep their state apart this way. */
    static void install(ElasticsearchClient client, String index) throws IOException {
        byte[] template = templateFor(index);
        try {
            client.indices().putIndexTemplate(t -> t.name(index).withJson(new ByteArrayInputStream(template)));
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index));
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw cannotInstall(index, e);
            }
        } catch (IOException e) {
            throw cannotInstall(index, e);
        }
    }

    private static IOException cannotInstall(String index, Exception cause) {
        return new IOException("cannot install the index template and index " + index + ": " + cause.getMessage(), cause);
    }

    private static byte[] templateFor(String index) throws IOException {
        try (InputStream in = CrawlerStateIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("index template " + RESOURCE + " is missing from the crawler jar");
            }
            ObjectNode template = (ObjectNode) Json.mapper().readTree(in);
            template.putArray("index_patterns").add(index);
            return Json.mapper().writeValueAsBytes(template);
        }
    }
}
