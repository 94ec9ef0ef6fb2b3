package org.yuqing.cli.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.config.ConfigurationException;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.misreading.PolicyWatch;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyFactory;
import org.yuqing.jobs.policy.PolicyRecord;
import org.yuqing.jobs.policy.PolicyRegistry;

/** The policies of {@code --policies}: one JSON line each (id, title, doc_no, issuer, published_at, text). */
final class PolicyFile {

    private PolicyFile() {
    }

    static PolicyWatch read(Path file) throws IOException {
        PolicyFactory factory = new PolicyFactory();
        List<Policy> policies = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                Policy policy = Json.read(lines.get(i), PolicyRecord.class).toPolicy(factory, LocalDate.now());
                if (policy.clauses().isEmpty()) {
                    throw new IllegalArgumentException("policy " + policy.id()
                            + " has no clauses (its text is empty): there is nothing to check comments against");
                }
                policies.add(policy);
            } catch (JsonProcessingException e) {
                throw new ConfigurationException(file + ": line " + (i + 1) + " is not a policy: " + e.getOriginalMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(file + ": line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new PolicyWatch(PolicyRegistry.of(policies));
    }
}
