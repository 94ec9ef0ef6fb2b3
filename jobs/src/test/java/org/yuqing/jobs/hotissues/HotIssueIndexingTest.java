package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.elasticsearch.IndexRequestEntry;
import org.yuqing.jobs.elasticsearch.IndexTemplates;

class HotIssueIndexingTest {

    static final HotIssue ISSUE = new HotIssue("3f2a", "A市", "投诉A市伊景园滨河苑捆绑销售车位", "A市",
            List.of("车位", "捆绑"), "2019-07-18T20:27:40+08:00", "2019-07-23T17:06:03+08:00", 2, 2, 1, 1, 0, 0, 0.5,
            0.25, 1.7, new HotIssue.Heat(1.1, 0.1, 0.4, 0, 0.5),
            List.of(new HotIssue.Representative("283879", "A市伊景园滨河苑项目捆绑销售车位", 1)),
            List.of("283879", "223247"), "2019-07-17T08:00+08:00", "2019-07-24T08:00+08:00");

    @Test
    void anIssueIsIndexedUnderItsOwnIdSoTheNextWindowOverwritesIt() {
        IndexRequestEntry entry = new HotIssueIndexing().apply(ISSUE, null);

        assertThat(entry.index()).isEqualTo("yuqing-hot-issues");
        assertThat(entry.id()).isEqualTo("3f2a");
    }

    @Test
    void anIssueAnotherTookInIsDeletedFromTheSameIndex() {
        IndexRequestEntry entry = new HotIssueIndexing().apply(new RetiredIssue("3f2a"), null);

        assertThat(entry.isDeletion()).isTrue();
        assertThat(entry.index()).isEqualTo("yuqing-hot-issues");
        assertThat(entry.id()).isEqualTo("3f2a");
    }

    @Test
    void everyFieldTheIssueWritesIsMappedByTheStrictTemplate() throws Exception {
        JsonNode source = Json.mapper().readTree(new HotIssueIndexing().apply(ISSUE, null).source());
        JsonNode mapping;
        try (InputStream in = IndexTemplates.class.getResourceAsStream("yuqing-hot-issues.template.json")) {
            mapping = Json.mapper().readTree(in).path("template").path("mappings").path("properties");
        }
        assertThat(unmapped(source, mapping, "")).isEmpty();
    }

    private static List<String> unmapped(JsonNode source, JsonNode properties, String path) {
        List<String> missing = new ArrayList<>();
        source.fields().forEachRemaining(field -> {
            JsonNode mapped = properties.get(field.getKey());
            if (mapped == null) {
                missing.add(path + field.getKey());
                return;
            }
            JsonNode value = field.getValue().isArray() && !field.getValue().isEmpty()
                    ? field.getValue().get(0) : field.getValue();
            if (value.isObject()) {
                missing.addAll(unmapped(value, mapped.path("properties"), path + field.getKey() + "."));
            }
        });
        return missing;
    }
}
