package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Fact;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.Quantity;

/**
 * Compares the numbers and dates a comment states with those of a clause. A value agrees when the clause states
 * it, when it lies within a range or under a ceiling the clause states, or when it follows from the clause's
 * values the way people compute (200元提高到230元 is 多30元; two children are 2000元 at 1000元 each).
 */
final class FactCheck {

    private static final Pattern SEVERAL = Pattern.compile("两|俩|二|三|几");
    /** A period given with both its ends, or as days off with the weekend next to them (与周末连休). */
    private static final Pattern EXPLICIT_RANGE = Pattern.compile("至|到|—|－|-|~|～|连休");
    private static final double EPSILON = 1e-6;

    private FactCheck() {
    }

    /** The first value of the comment that no value of the clause supports, as evidence. */
    static Optional<String> contradiction(CommentReading reading, Clause clause) {
        List<Fact> clauseFacts = quantified(clause.facts());
        for (Fact claim : quantified(reading.facts())) {
            List<Fact> sameUnit = clauseFacts.stream()
                    .filter(fact -> fact.quantity().unit().equals(claim.quantity().unit())).toList();
            if (!sameUnit.isEmpty() && !agrees(claim, sameUnit, allowsMultiples(reading))) {
                return Optional.of("评论说“" + claim.surface() + "”，条款是"
                        + String.join("", sameUnit.stream().map(f -> "“" + f.surface() + "”").toList()));
            }
        }
        return Optional.empty();
    }

    /** How many values of the comment the clause supports. */
    static int agreements(CommentReading reading, Clause clause) {
        List<Fact> clauseFacts = quantified(clause.facts());
        int agreeing = 0;
        for (Fact claim : quantified(reading.facts())) {
            List<Fact> sameUnit = clauseFacts.stream()
                    .filter(fact -> fact.quantity().unit().equals(claim.quantity().unit())).toList();
            if (!sameUnit.isEmpty() && agrees(claim, sameUnit, allowsMultiples(reading))) {
                agreeing++;
            }
        }
        return agreeing;
    }

    /**
     * How many values of the comment some clause of the policy states exactly, or as the difference of two of its
     * values (多30元): evidence that the comment is about this policy. Ceilings and ranges must match as a whole.
     */
    static long agreementsWithPolicy(CommentReading reading, Policy policy) {
        return quantified(reading.facts()).stream()
                .filter(claim -> policy.clauses().stream().anyMatch(clause -> {
                    List<Quantity> stated = new ArrayList<>(quantified(clause.facts()).stream()
                            .map(Fact::quantity).filter(q -> q.unit().equals(claim.quantity().unit())).toList());
                    stated.addAll(differences(stated));
                    // a date is this policy's when it starts on the same day (5月1号到3号 and 5月1日)
                    boolean date = Quantity.DATE.equals(claim.quantity().unit());
                    return stated.stream().anyMatch(q -> same(q.min(), claim.quantity().min())
                            && (date ? q.max() - q.min() < 28 : same(q.max(), claim.quantity().max())));
                }))
                .count();
    }

    /** How many values of the comment the clause states exactly (a value under a ceiling does not count). */
    static long exactAgreements(CommentReading reading, Clause clause) {
        List<Quantity> stated = new ArrayList<>(quantified(clause.facts()).stream().map(Fact::quantity).toList());
        stated.addAll(differences(stated));
        return quantified(reading.facts()).stream().map(Fact::quantity)
                .filter(claim -> stated.stream().anyMatch(q -> q.unit().equals(claim.unit())
                        && (Quantity.DATE.equals(q.unit()) ? same(q.min(), claim.min())
                                : same(q.min(), claim.min()) && same(q.max(), claim.max()))))
                .count();
    }

    /** How many units (元, 岁, date…) of the comment's values the clause speaks about at all. */
    static long sharedUnits(CommentReading reading, Clause clause) {
        List<String> clauseUnits = quantified(clause.facts()).stream().map(f -> f.quantity().unit()).toList();
        return quantified(reading.facts()).stream().map(f -> f.quantity().unit()).distinct()
                .filter(clauseUnits::contains).count();
    }

    private static boolean agrees(Fact claim, List<Fact> clauseFacts, boolean multiples) {
        Quantity q = claim.quantity();
        if (Quantity.DATE.equals(q.unit())) {
            // 2月3日到2月9日 is about the clause's period 2月4日至10日, not about its working day 2月3日
            List<Fact> periods = clauseFacts.stream().filter(FactCheck::spelledOutRange).toList();
            List<Fact> comparable = spelledOutRange(claim) && !periods.isEmpty() ? periods : clauseFacts;
            return comparable.stream().anyMatch(fact -> datesAgree(claim, fact));
        }
        List<Quantity> supported = new ArrayList<>(clauseFacts.stream().map(Fact::quantity).toList());
        supported.addAll(differences(supported));
        if (q.isRange() && q.min() == 0) {
            return supported.stream().anyMatch(f -> same(f.max(), q.max()));
        }
        if (q.isRange()) {
            return supported.stream().anyMatch(f -> same(f.min(), q.min()) && same(f.max(), q.max()));
        }
        double value = q.min();
        if (supported.stream().anyMatch(f -> f.contains(value) || same(f.max(), value))) {
            return true;
        }
        return multiples && supported.stream().filter(f -> !f.isRange())
                .anyMatch(f -> same(value, 2 * f.min()) || same(value, 3 * f.min()) || same(value, 4 * f.min()));
    }

    /** A month or a year contains the clause's day; two spelled-out day ranges must be the same range. */
    private static boolean datesAgree(Fact claim, Fact fact) {
        Quantity q = claim.quantity();
        Quantity f = fact.quantity();
        if (!q.overlaps(f)) {
            return false;
        }
        boolean bothSpelledOut = spelledOutRange(claim) && spelledOutRange(fact);
        return !bothSpelledOut || (same(q.min(), f.min()) && same(q.max(), f.max()));
    }

    private static boolean spelledOutRange(Fact fact) {
        return EXPLICIT_RANGE.matcher(fact.surface()).find();
    }

    private static List<Quantity> differences(List<Quantity> values) {
        List<Quantity> differences = new ArrayList<>();
        for (Quantity a : values) {
            for (Quantity b : values) {
                if (!a.isRange() && !b.isRange() && b.min() > a.min()) {
                    differences.add(Quantity.of(b.min() - a.min(), a.unit()));
                }
            }
        }
        return differences;
    }

    /** 两个孩子, 俩娃, 三个老人: several people or things, each with the clause's value; not the 三 of 三天 itself. */
    private static boolean allowsMultiples(CommentReading reading) {
        String rest = reading.simplified();
        for (Fact claim : quantified(reading.facts())) {
            rest = rest.replace(claim.surface(), "");
        }
        return SEVERAL.matcher(rest).find();
    }

    private static List<Fact> quantified(List<Fact> facts) {
        return facts.stream().filter(Fact::hasQuantity).toList();
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(b));
    }
}
