package org.yuqing.jobs.misreading;

import java.util.Comparator;
import java.util.List;
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
        return ranked(policy, reading).stream().findFirst();
    }

    /** The clauses that share something with the comment, best first. */
    public List<Clause> ranked(Policy policy, CommentReading reading) {
        return policy.clauses().stream()
                .filter(clause -> score(clause, reading) > 0)
                .sorted(Comparator.comparingDouble((Clause clause) -> score(clause, reading)).reversed())
                .toList();
    }

    private static boolean isHeading(Clause clause) {
        return clause.facts().isEmpty() && clause.text().length() <= 12;
    }

    double score(Clause clause, CommentReading reading) {
        double words = reading.words().stream().mapToDouble(word -> index.clauseWeight(clause, word)).sum();
        boolean dropsRestriction = !reading.cues().universal().isEmpty() || !reading.cues().includedGroups().isEmpty();
        // a comment that states an age is about the clause that states an age, whatever words they share
        double score = words
                + 6.0 * FactCheck.sharedUnits(reading, clause)
                + 5.0 * FactCheck.exactAgreements(reading, clause)
                + (PermissionCheck.allowsForbidden(reading, clause).isPresent() ? 4.0 : 0)
                + (dropsRestriction && words > 0 && clause.restrictsScope() ? 4.0 : 0)
                + (ScopeCheck.excludedGroup(reading, index.simplify(clause.text())).isPresent() ? 8.0 : 0);
        // the text before the first number addresses the recipients, and a bare heading (第四章 大病医疗) states
        // nothing: people misread what the items under them say
        return clause.numbers().isEmpty() || isHeading(clause) ? score * 0.3 : score;
    }
}
