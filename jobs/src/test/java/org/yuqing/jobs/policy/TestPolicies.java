package org.yuqing.jobs.policy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seven policies of test resources (four gov.cn pages, three of the demo portal), parsed once. */
public final class TestPolicies {

    private static final List<Policy> POLICIES = load();

    private TestPolicies() {
    }

    public static List<Policy> all() {
        return POLICIES;
    }

    public static PolicyRegistry registry() {
        return PolicyRegistry.of(POLICIES);
    }

    public static Policy get(String id) {
        return POLICIES.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Policy> load() {
        var stream = TestPolicies.class.getResourceAsStream("/policy/policies.jsonl");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return List.copyOf(new PolicyLines().read(reader));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Prints every clause with its facts, to see what the splitter and the extractor make of a policy. */
    public static void main(String[] args) {
        for (Policy policy : POLICIES) {
            if (args.length > 0 && !policy.id().equals(args[0])) {
                continue;
            }
            System.out.println("== " + policy.id() + " " + policy.docNo() + " " + policy.shortTitles());
            for (Clause clause : policy.clauses()) {
                System.out.println("  " + clause.id() + " | " + abbreviate(clause.text()));
                clause.facts().forEach(f -> System.out.println("      " + f.kind() + " " + f.surface()
                        + (f.hasQuantity() ? " " + f.quantity() : "")));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
