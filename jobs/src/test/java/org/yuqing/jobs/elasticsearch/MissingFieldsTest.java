package org.yuqing.jobs.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.yuqing.core.json.Json;

class MissingFieldsTest {

    private static final String TEMPLATE = """
            {"id": {"type": "keyword"},
             "text": {"type": "text", "index": false},
             "topic": {"type": "keyword"},
             "reply": {"properties": {"department": {"type": "keyword"}, "quality": {"type": "float"}}}}""";

    @Test
    void anIndexFromAnOlderTemplateGetsOnlyTheFieldsItLacks() throws Exception {
        JsonNode older = json("""
                {"id": {"type": "keyword"},
                 "text": {"type": "text"},
                 "reply": {"properties": {"department": {"type": "keyword"}}}}""");

        assertThat(MissingFields.of(json(TEMPLATE), older)).isEqualTo(json("""
                {"topic": {"type": "keyword"},
                 "reply": {"properties": {"quality": {"type": "float"}}}}"""));
    }

    @Test
    void aFieldTheIndexAlreadyMapsKeepsItsMappingThere() throws Exception {
        JsonNode current = json("""
                {"id": {"type": "keyword"}, "text": {"type": "text"}, "topic": {"type": "keyword"},
                 "reply": {"properties": {"department": {"type": "keyword"}, "quality": {"type": "float"}}}}""");

        assertThat(MissingFields.of(json(TEMPLATE), current)).isEmpty();
    }

    @Test
    void anIndexWithoutMappingsGetsThemAll() throws Exception {
        assertThat(MissingFields.of(json(TEMPLATE), null)).isEqualTo(json(TEMPLATE));
    }

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }
}
