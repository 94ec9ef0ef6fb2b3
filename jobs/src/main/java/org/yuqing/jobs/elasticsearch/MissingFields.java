package org.yuqing.jobs.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of a template's mapping that an existing index does not have yet, down through object fields. Only
 * these are put into an existing index: a field it already maps keeps its mapping (Elasticsearch refuses most
 * changes to one), and the template's newer form of it shapes the indices created after it.
 */
final class MissingFields {

    private MissingFields() {
    }

    /**
     * @param wanted the template's {@code properties}
     * @param present the index's {@code properties} (missing or null for an index with none)
     * @return the {@code properties} to put: empty when the index has them all
     */
    static ObjectNode of(JsonNode wanted, JsonNode present) {
        ObjectNode missing = JsonNodeFactory.instance.objectNode();
        wanted.fields().forEachRemaining(field -> {
            JsonNode existing = present == null ? null : present.get(field.getKey());
            if (existing == null) {
                missing.set(field.getKey(), field.getValue());
            } else if (field.getValue().has("properties")) {
                ObjectNode inner = of(field.getValue().get("properties"), existing.get("properties"));
                if (!inner.isEmpty()) {
                    missing.putObject(field.getKey()).set("properties", inner);
                }
            }
        });
        return missing;
    }
}
