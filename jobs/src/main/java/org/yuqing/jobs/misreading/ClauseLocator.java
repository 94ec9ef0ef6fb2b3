package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;

/**
 * Picks the clause a comment is about: the one that shares its distinctive words and speaks about the same kind
 * of value (an amount in 元, an age, a date), preferring the one whose values the comment repeats.
 */
public final class ClauseLocator {

    private static final int UNIT_CANDIDATES = 3;
    private static final double UNIT_MARGIN = 0.6;
    /**
     * A word that only this item uses (全市所有老人不管户籍: 户籍 of 一、调整范围), or the title of a heading it is under,
     * says which item the comment is about, even where another item states the comment's number: a distinctive word
     * counts up to as much again as a value the item states exactly, an everyday one (工作, 单位) as little as its
     * weight.
     */
    private static final double NAMING_WORD = 5.0;

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
        // not the article that lists all six deductions. It must be about all that the best one shares with the
        // comment: 全市所有老人不管户籍，养老金全部涨30元 is about 户籍, which the item that states 230元 does not name
        double best = score(ranked.get(0), reading);
        List<String> topic = sharedWords(ranked.get(0), reading);
        List<Clause> reordered = new ArrayList<>(ranked);
        ranked.stream().limit(UNIT_CANDIDATES)
                .filter(clause -> score(clause, reading) >= UNIT_MARGIN * best)
                .filter(clause -> FactCheck.sharedUnits(reading, clause) > 0)
                .filter(clause -> sharedWords(clause, reading).containsAll(topic))
                .findFirst()
                .ifPresent(clause -> {
                    reordered.remove(clause);
                    reordered.add(0, clause);
                });
        return reordered;
    }

    private double naming(Stream<String> words) {
        return words.mapToDouble(word -> Math.min(NAMING_WORD, index.weight(word))).sum();
    }

    private List<String> sharedWords(Clause clause, CommentReading reading) {
        return reading.words().stream().filter(word -> index.clauseWords(clause.id()).contains(word)).toList();
    }

    private static boolean isHeading(Clause clause) {
        return clause.facts().isEmpty() && clause.text().length() <= 12;
    }

    double score(Clause clause, CommentReading reading) {
        double words = reading.words().stream().mapToDouble(word -> index.clauseWeight(clause, word)).sum();
        boolean dropsRestriction = !reading.cues().universal().isEmpty() || !reading.cues().includedGroups().isEmpty();
        // a comment that states an age is about the clause that states an age, whatever words they share
        double naming = naming(reading.words().stream().filter(index.namingWords(clause.id())::contains));
        // 子女教育扣除…取消了 names the title of 第二章 子女教育: it is about the articles under it, not about 第二条,
        // which lists all six deductions
        for (Set<String> title : index.headingTitles(clause.id())) {
            if (reading.words().containsAll(title)) {
                naming += naming(title.stream());
            }
        }
        double score = words
                + naming
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
