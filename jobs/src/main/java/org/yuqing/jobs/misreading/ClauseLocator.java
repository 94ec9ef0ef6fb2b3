package org.yuqing.jobs.misreading;

import java.util.ArrayList;
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

    private static final int UNIT_CANDIDATES = 3;
    private static final double UNIT_MARGIN = 0.6;

    private final PolicyIndex index;

    public ClauseLocator(PolicyIndex index) {
        this.index = index;
    }

    public Optional<Clause> locate(Policy policy, CommentReading reading) {
        return ranked(policy, reading).stream().findFirst();
    }

    /** The clauses that share something with the comment, best first. */
    public List<Clause> ranked(Policy policy, CommentReading reading) {
        List<Clause> ranked = policy.clauses().stream()
                .filter(clause -> score(clause, reading) > 0)
                .sorted(Comparator.comparingDouble((Clause clause) -> score(clause, reading)).reversed())
                .toList();
        if (ranked.isEmpty() || FactCheck.sharedUnits(reading, ranked.get(0)) > 0) {
            return ranked;
        }
        // 赡养老人每月扣3000元 states an amount: of the clauses about 赡养老人, it is about one that states an amount,
        // not the article that lists all six deductions
        double best = score(ranked.get(0), reading);
        List<Clause> reordered = new ArrayList<>(ranked);
        ranked.stream().limit(UNIT_CANDIDATES)
                .filter(clause -> score(clause, reading) >= UNIT_MARGIN * best)
                .filter(clause -> FactCheck.sharedUnits(reading, clause) > 0)
                .findFirst()
                .ifPresent(clause -> {
                    reordered.remove(clause);
                    reordered.add(0, clause);
                });
        return reordered;
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
