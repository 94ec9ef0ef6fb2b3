package org.yuqing.jobs.misreading;

import java.util.List;
import java.util.Optional;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Fact;
import org.yuqing.jobs.policy.FactKind;

/** Finds a comment that drops the restriction of a clause: everyone where the clause says who. */
final class ScopeCheck {

    private ScopeCheck() {
    }

    static Optional<String> dropsRestriction(CommentReading reading, Clause clause, String simplifiedClause) {
        Optional<String> excluded = excludedGroup(reading, simplifiedClause);
        if (excluded.isPresent()) {
            return excluded;
        }
        List<String> restrictions = clause.facts().stream()
                .filter(fact -> fact.kind() == FactKind.SCOPE || fact.kind() == FactKind.EXCEPTION
                        || fact.kind() == FactKind.AGE)
                .map(Fact::surface).distinct().toList();
        if (!reading.cues().universal().isEmpty() && !restrictions.isEmpty()) {
            return Optional.of("评论说“" + reading.cues().universal().get(0) + "”，条款限于"
                    + String.join("", restrictions.stream().map(r -> "“" + r + "”").toList()));
        }
        return Optional.empty();
    }

    /** A group the comment includes (企业退休的也…) that the clause's restriction (城乡居民) leaves out. */
    static Optional<String> excludedGroup(CommentReading reading, String simplifiedClause) {
        for (String group : reading.cues().includedGroups()) {
            for (String restriction : CueLexicon.GROUP_EXCLUDED_BY.get(group)) {
                if (simplifiedClause.contains(restriction)) {
                    return Optional.of("评论把“" + group + "”算在内，条款限于“" + restriction + "”");
                }
            }
        }
        return Optional.empty();
    }
}
