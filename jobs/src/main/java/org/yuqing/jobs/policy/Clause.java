package org.yuqing.jobs.policy;

import java.util.List;

/**
 * A numbered item of a policy at its deepest level (一、 → （一） → 1. → (1), or 第X条), quoted verbatim: {@code text}
 * is a substring of the policy text so that an alert can quote it without a drafter having to check it.
 *
 * @param id       policy id, {@code #}, then the numbering path ({@code govcn-5351181#第二章/第五条}); stable as long as
 *                 the policy's numbering does not change
 * @param numbers  the numbering path, outermost first; empty for the text before the first number. An attachment
 *                 numbered on its own is a part of the text, and its clauses' paths start with 部分2, 部分3…
 * @param sentences what the clause says, sentence by sentence; for the text before the first number, without the
 *                  document's header (title, number, addressees), which names the policy and no provision of it
 */
public record Clause(String id, String policyId, List<String> numbers, String text, List<String> sentences,
                     List<Fact> facts) {

    public Clause {
        numbers = List.copyOf(numbers);
        sentences = List.copyOf(sentences);
        facts = List.copyOf(facts);
    }

    /** What the clause says: its text, or for the text before the first number, the text after the document's header. */
    public String body() {
        return body(numbers, text);
    }

    static String body(List<String> numbers, String text) {
        return numbers.isEmpty() ? DocumentHeader.without(text) : text;
    }

    public List<Fact> facts(FactKind kind) {
        return facts.stream().filter(fact -> fact.kind() == kind).toList();
    }

    public boolean restrictsScope() {
        return facts.stream().anyMatch(fact -> switch (fact.kind()) {
            case SCOPE, EXCEPTION, AGE -> true;
            default -> false;
        });
    }
}
