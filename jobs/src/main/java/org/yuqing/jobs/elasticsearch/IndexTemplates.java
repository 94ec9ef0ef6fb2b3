package org.yuqing.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.hotissues.HotIssueIndexing;
import org.yuqing.jobs.metrics.MetricsSnapshotWriter;

/**
 * Installs the project's index templates, so that every index gets its settings and mappings from the
 * project and none from dynamic mapping. Putting a template again replaces it: safe at every start.
 *
 * <p>Every template asks for {@code auto_expand_replicas: 0-1}: no replica on one node (which could never place it
 * and would stay yellow), one as soon as a second node joins (deploy/local/cluster.sh, the Kubernetes cluster), so
 * that losing a node loses no document.
 *
 * <p>A template only shapes indices created after it; the fields a new version adds are also put into the
 * indices that already exist (this month's, say), or their strict mapping would reject every new document. A
 * field an existing index already maps keeps its mapping there ({@link MissingFields}).
 */
public final class IndexTemplates {

    private static final List<String> TEMPLATES = List.of(IndexNames.DOCUMENTS_TEMPLATE, HotIssueIndexing.INDEX,
            IndexNames.POLICIES, IndexNames.PAGE_FETCHES,
            MetricsSnapshotWriter.INDEX);

    private IndexTemplates() {
    }

    public static void install(ElasticsearchClient client) {
        for (String name : TEMPLATES) {
            String resource = name + ".template.json";
            try (InputStream in = IndexTemplates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("index template " + resource + " is missing from the jobs jar");
                }
                byte[] body = in.readAllBytes();
                client.indices().putIndexTemplate(template -> template.name(name).withJson(new ByteArrayInputStream(body)));
                addNewFieldsToExistingIndices(client, Json.mapper().readTree(body));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot install index template " + name, e);
            }
        }
    }

    private static boolean anyIndex(ElasticsearchClient client, String pattern) throws IOException {
        try {
            return !client.indices().get(g -> g.index(pattern).allowNoIndices(true)).result().isEmpty();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return false;
            }
            throw e;
        }
    }

    private static void addNewFieldsToExistingIndices(ElasticsearchClient client, JsonNode template) throws IOException {
        List<String> patterns = Json.mapper().convertValue(template.path("index_patterns"),
                Json.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
        JsonNode wanted = template.at("/template/mappings/properties");
        for (String pattern : patterns) {
            if (!anyIndex(client, pattern)) {
                continue;
            }
            for (var index : client.indices().getMapping(m -> m.index(pattern)).result().entrySet()) {
                JsonNode present = Json.mapper().readTree(
                        JsonpUtils.toJsonString(index.getValue().mappings(), client._jsonpMapper())).get("properties");
                ObjectNode missing = MissingFields.of(wanted, present);
                if (missing.isEmpty()) {
                    continue;
                }
                byte[] mapping = Json.mapper().writeValueAsBytes(
                        Json.mapper().createObjectNode().set("properties", missing));
                client.indices().putMapping(m -> m.index(index.getKey()).withJson(new ByteArrayInputStream(mapping)));
            }
        }
    }
}
