package org.yuqing.jobs.misreading;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Fact;
import org.yuqing.jobs.policy.FactKind;

/** What a drafter reads as the reason a comment was flagged: the value that differs, or how the comment is put. */
final class Evidence {

    private Evidence() {
    }

    private static final int QUOTED = 60;

    /** The sentence of the clause that states its scope, exceptions or ages, quoted. */
    private static String restriction(Clause clause) {
        List<String> limits = clause.facts().stream()
                .filter(fact -> fact.kind() == FactKind.SCOPE || fact.kind() == FactKind.EXCEPTION
                        || fact.kind() == FactKind.AGE)
                .map(Fact::surface).toList();
        String sentence = clause.sentences().stream()
                .filter(candidate -> limits.stream().anyMatch(candidate::contains))
                .max(Comparator.comparingInt(String::length))
                .orElse(clause.text());
        String quoted = sentence.length() > QUOTED ? sentence.substring(0, QUOTED) + "…" : sentence;
        return "，条款是“" + quoted + "”";
    }

    static String of(PolicyIndex index, CommentReading reading, Clause clause, MisreadingKind kind) {
        Optional<String> wrongValue = FactCheck.contradiction(reading, clause, index.simplifiedClause(clause));
        if (wrongValue.isPresent()) {
            return wrongValue.get();
        }
        Cues cues = reading.cues();
        return switch (kind) {
            case RUMOR -> cues.hearsay().isEmpty() ? "评论传播条款没有的说法"
                    : "传言“" + cues.hearsay().get(0) + "”，条款没有这样说";
            case OVERGENERALIZATION -> (cues.universal().isEmpty() ? "评论扩大了条款的范围或对象"
                    : "评论说“" + cues.universal().get(0) + "”") + restriction(clause);
            case CONFUSION -> "提问的前提与条款不符";
            case CONTRADICTION -> "评论所说与条款不一致";
        };
    }
}
