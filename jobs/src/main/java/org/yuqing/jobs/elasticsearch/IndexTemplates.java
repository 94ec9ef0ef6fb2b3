package org.yuqing.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.hotissues.HotIssueIndexing;

/**
 * Installs the project's index templates, so that every index gets its settings and mappings from the
 * project and none from dynamic mapping. Putting a template again replaces it: safe at every start.
 */
public final class IndexTemplates {

    private static final List<String> TEMPLATES = List.of(IndexNames.DOCUMENTS_TEMPLATE, HotIssueIndexing.INDEX);

    private IndexTemplates() {
    }

    public static void install(ElasticsearchClient client) {
        for (String name : TEMPLATES) {
            String resource = name + ".template.json";
            try (InputStream body = IndexTemplates.class.getResourceAsStream(resource)) {
                if (body == null) {
                    throw new IllegalStateException("index template " + resource + " is missing from the jobs jar");
                }
                client.indices().putIndexTemplate(template -> template.name(name).withJson(body));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot install index template " + name, e);
            }
        }
    }
}
