package org.yuqing.jobs.misreading;

import java.util.Comparator;
import java.util.Optional;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;

/**
 * Picks the clause a comment is about: the one that shares its distinctive words and speaks about the same kind
 * of value (an amount in 元, an age, a date), preferring the one whose values the comment repeats.
 */
public final class ClauseLocator {

    private final PolicyIndex index;

    public ClauseLocator(PolicyIndex index) {
        this.index = index;
    }

    public Optional<Clause> locate(Policy policy, CommentReading reading) {
        return policy.clauses().stream()
                .max(Comparator.comparingDouble(clause -> score(clause, reading)))
                .filter(clause -> score(clause, reading) > 0);
    }

    double score(Clause clause, CommentReading reading) {
        double words = reading.words().stream().filter(index.clauseWords(clause.id())::contains)
                .mapToDouble(index::weight).sum();
        boolean dropsRestriction = !reading.cues().universal().isEmpty() || !reading.cues().includedGroups().isEmpty();
        // a comment that states an age is about the clause that states an age, whatever words they share
        double score = words
                + 6.0 * FactCheck.sharedUnits(reading, clause)
                + 3.0 * FactCheck.exactAgreements(reading, clause)
                + (PermissionCheck.allowsForbidden(reading, clause).isPresent() ? 4.0 : 0)
                + (dropsRestriction && words > 0 && clause.restrictsScope() ? 4.0 : 0)
                + (ScopeCheck.excludedGroup(reading, index.simplify(clause.text())).isPresent() ? 8.0 : 0);
        // the text before the first number addresses the recipients; it is rarely what people misread
        return clause.numbers().isEmpty() ? score * 0.3 : score;
    }
}
