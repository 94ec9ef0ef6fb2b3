package org.yuqing.jobs.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.json.Json;

/**
 * The comments of the policy-watch corpus (src/test/resources/misreading/corpus) that people labelled as
 * misreading a policy: realistic input for the alerts.
 */
final class EvaluationComments {

    record Labelled(String id, String text, String policyId, String clause) {
    }

    private EvaluationComments() {
    }

    /** The labelled misreadings of one policy. */
    static List<Labelled> misreadingsOf(String policyId) {
        List<Labelled> comments = new ArrayList<>();
        for (String part : List.of("/misreading/corpus/comments/" + policyId + ".jsonl")) {
            var stream = EvaluationComments.class.getResourceAsStream(part);
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    JsonNode node = Json.mapper().readTree(line);
                    if (node.path("misreading").asBoolean() && policyId.equals(node.path("policy_id").asText())) {
                        comments.add(new Labelled(node.path("id").asText(), node.path("text").asText(), policyId,
                                node.path("clause").asText()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return comments;
    }
}
