package org.yuqing.jobs.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.json.Json;

/**
 * Reads policies from JSON lines in the project's snake_case form: {@code id, title, doc_no, issuer,
 * drafting_body, published_at (YYYY-MM-DD), text, interpretation}.
 */
public final class PolicyLines {

    private final PolicyFactory factory = new PolicyFactory();

    public List<Policy> read(BufferedReader lines) {
        List<Policy> policies = new ArrayList<>();
        try {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    policies.add(parse(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return policies;
    }

    private Policy parse(String line, int number) throws IOException {
        JsonNode node = Json.mapper().readTree(line);
        String id = required(node, "id", number);
        return factory.create(id, required(node, "title", number), optional(node, "doc_no"),
                optional(node, "issuer"), optional(node, "drafting_body"),
                LocalDate.parse(required(node, "published_at", number)), required(node, "text", number),
                optional(node, "interpretation"));
    }

    private static String required(JsonNode node, String field, int line) {
        String value = optional(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("policy on line " + line + " has no " + field);
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
