package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    private static final double MONTH = 30;
    /** What ends a part of a sentence, and what ends a sentence (or one of a list of sentences). */
    private static final String PART_END = "，,；;。：:！？!?\n";
    private static final String SENTENCE_END = "；;。！？!?\n";

    /** What a value changes to follows it: 3年以上放宽至…, 200元提高到…. */
    private static final Pattern CHANGED_TO = Pattern.compile(
            "[^，,；;。]{0,12}?(?:提高|放宽|调整|扩大|扩展|降低|延长|缩短|上调|下调|增加|减少|涨)(?:到|至|为)");
    /**
     * A clause's value is what it changes from where 由 or 从 stands before it and what it changes to follows; a
     * comment's value where either is so, or where the comment says it was.
     */
    private static final Pattern CHANGED_FROM = Pattern.compile("由|从");
    private static final Pattern FORMERLY = Pattern.compile("由|从|原来|原先|以前|之前|过去|还是|仍|依然");

    private FactCheck() {
    }

    /**
     * The first value of the comment that no value of the clause supports, as evidence.
     *
     * @param clauseText the clause's text in simplified characters
     */
    static Optional<String> contradiction(CommentReading reading, Clause clause, String clauseText) {
        for (Fact claim : quantified(reading.facts())) {
            List<Fact> sameUnit = sameUnit(claim, clause);
            List<Fact> same = heldAgainst(claim, reading, sameUnit, clauseText);
            if (!same.isEmpty() && !agrees(claim, same, sameUnit, allowsMultiples(reading))) {
                return Optional.of("评论说“" + claim.surface() + "”，条款是"
                        + String.join("", same.stream().map(f -> "“" + f.surface() + "”").toList()));
            }
        }
        return Optional.empty();
    }

    /**
     * How many values of the comment the clause supports.
     *
     * @param clauseText the clause's text in simplified characters
     */
    static int agreements(CommentReading reading, Clause clause, String clauseText) {
        int agreeing = 0;
        for (Fact claim : quantified(reading.facts())) {
            List<Fact> sameUnit = sameUnit(claim, clause);
            if (!sameUnit.isEmpty()
                    && agrees(claim, heldAgainst(claim, reading, sameUnit, clauseText), sameUnit, allowsMultiples(reading))) {
                agreeing++;
            }
        }
        return agreeing;
    }

    private static List<Fact> sameUnit(Fact claim, Clause clause) {
        return quantified(clause.facts()).stream()
                .filter(fact -> fact.quantity().unit().equals(claim.quantity().unit())).toList();
    }

    /**
     * The clause's values of the claim's unit that are about what the claim is about: 见习补贴标准提高50% is about the
     * 10% of 见习补贴标准提高10%, not the 50% of 留用率达到50%以上. Each value is read with its part of the sentence
     * (up to a comma) and its sentence; in a comment, up to another value too (留用率达到50%以上补贴才提高10%). The
     * values whose text shares the most pairs of characters with the claim's, when they share more than the others
     * do; all of them when nothing tells them apart.
     */
    private static List<Fact> aboutTheSameThing(Fact claim, CommentReading reading, List<Fact> sameUnit,
                                                String clauseText) {
        if (sameUnit.size() < 2) {
            return sameUnit;
        }
        List<Fact> claims = quantified(reading.facts());
        Map<Fact, Long> shared = new LinkedHashMap<>();
        for (Fact fact : sameUnit) {
            // the part of the sentence says most, the rest of the sentence says whom (对于需要回收、置换的，…前完成)
            shared.put(fact, Stream.of(PART_END, SENTENCE_END).mapToLong(ends -> {
                Set<String> claimed = pairs(partAround(reading.simplified(), claim, claims, ends));
                return pairs(partAround(clauseText, fact, List.of(), ends)).stream().filter(claimed::contains).count();
            }).sum());
        }
        long most = Collections.max(shared.values());
        long least = Collections.min(shared.values());
        if (most == least) {
            return sameUnit;
        }
        return sameUnit.stream().filter(fact -> shared.get(fact) == most).toList();
    }

    /** The clause's values of the claim's unit that the claim is to agree with. */
    private static List<Fact> heldAgainst(Fact claim, CommentReading reading, List<Fact> sameUnit, String clauseText) {
        List<Fact> open = notStatedElsewhere(claim, reading, sameUnit);
        return now(claim, reading, aboutTheSameThing(claim, reading, open, clauseText), clauseText);
    }

    /**
     * Without the clause's values that another value of the comment states: a comment that gives both of a clause's
     * deadlines (处罚决定7个工作日内公开，其他结论20个工作日内公布) speaks of each, and its 20 is not to be held against
     * the 7 that its other value already agrees with. When that leaves nothing, the comment has stated all the
     * clause says of this unit, and the claim is about something else (试点地区2019年12月底前完成，国办2020年4月底前验收:
     * the second date is another clause's).
     */
    private static List<Fact> notStatedElsewhere(Fact claim, CommentReading reading, List<Fact> sameUnit) {
        List<Quantity> elsewhere = quantified(reading.facts()).stream().map(Fact::quantity)
                .filter(q -> !sameValue(q, claim.quantity())).toList();
        return sameUnit.stream()
                .filter(fact -> elsewhere.stream().noneMatch(q -> sameValue(q, fact.quantity()))).toList();
    }

    private static boolean sameValue(Quantity a, Quantity b) {
        return a.unit().equals(b.unit()) && same(a.min(), b.min()) && same(a.max(), b.max());
    }

    /**
     * Without the values a clause changes from: 由…3年以上放宽至参保1年以上 and 由每人每月200元提高到每人每月230元 state
     * what no longer holds, and a comment that states it as the rule (要参保3年以上才能申请) misreads the clause.
     * Unless the comment states it as what was (从200元提高到230元, 原来要3年).
     */
    private static List<Fact> now(Fact claim, CommentReading reading, List<Fact> same, String clauseText) {
        String part = partAround(reading.simplified(), claim, List.of(), PART_END);
        if (FORMERLY.matcher(before(part, claim)).find() || CHANGED_TO.matcher(after(part, claim)).lookingAt()) {
            return same;
        }
        List<Fact> now = same.stream().filter(fact -> {
            String around = partAround(clauseText, fact, List.of(), PART_END);
            return !(CHANGED_FROM.matcher(before(around, fact)).find()
                    && CHANGED_TO.matcher(after(around, fact)).lookingAt());
        }).toList();
        return now.isEmpty() ? same : now;
    }

    private static String before(String part, Fact value) {
        int at = part.indexOf(value.surface());
        return at < 0 ? "" : part.substring(0, at);
    }

    private static String after(String part, Fact value) {
        int at = part.indexOf(value.surface());
        return at < 0 ? "" : part.substring(at + value.surface().length());
    }

    /** The text around a value up to the nearest of these ends, or of the other values, on either side. */
    private static String partAround(String text, Fact value, List<Fact> values, String ends) {
        int at = text.indexOf(value.surface());
        if (at < 0) {
            return "";
        }
        int end = at + value.surface().length();
        int start = at;
        while (start > 0 && ends.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int stop = end;
        while (stop < text.length() && ends.indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        for (Fact other : values) {
            int from = text.indexOf(other.surface(), start);
            for (int there = from; there >= 0 && there < stop; there = text.indexOf(other.surface(), there + 1)) {
                if (there + other.surface().length() <= at) {
                    start = Math.max(start, there + other.surface().length());
                } else if (there >= end) {
                    stop = Math.min(stop, there);
                }
            }
        }
        return text.substring(start, stop);
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (TextTerms.isHan(text.charAt(i)) && TextTerms.isHan(text.charAt(i + 1))) {
                pairs.add(text.substring(i, i + 2));
            }
        }
        return pairs;
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

    /**
     * How many values of the comment the clause states exactly (a value under a ceiling does not count; 明年 does not
     * state the clause's 2019年1月1日, nor a month a year: a date is as exact as the clause's or within a month).
     */
    static long exactAgreements(CommentReading reading, Clause clause) {
        List<Quantity> stated = new ArrayList<>(quantified(clause.facts()).stream().map(Fact::quantity).toList());
        stated.addAll(differences(stated));
        return quantified(reading.facts()).stream().map(Fact::quantity)
                .filter(claim -> stated.stream().anyMatch(q -> q.unit().equals(claim.unit())
                        && (Quantity.DATE.equals(q.unit())
                                ? same(q.min(), claim.min())
                                        && claim.max() - claim.min() <= Math.max(MONTH, q.max() - q.min())
                                : same(q.min(), claim.min()) && same(q.max(), claim.max()))))
                .count();
    }

    /** How many units (元, 岁, date…) of the comment's values the clause speaks about at all. */
    static long sharedUnits(CommentReading reading, Clause clause) {
        List<String> clauseUnits = quantified(clause.facts()).stream().map(f -> f.quantity().unit()).toList();
        return quantified(reading.facts()).stream().map(f -> f.quantity().unit()).distinct()
                .filter(clauseUnits::contains).count();
    }

    /**
     * @param clauseFacts the clause's values about what the claim is about
     * @param sameUnit    all its values of the claim's unit, whose differences the claim may state (多30元)
     */
    private static boolean agrees(Fact claim, List<Fact> clauseFacts, List<Fact> sameUnit, boolean multiples) {
        Quantity q = claim.quantity();
        if (Quantity.DATE.equals(q.unit())) {
            // 2月3日到2月9日 is about the clause's period 2月4日至10日, not about its working day 2月3日
            List<Fact> periods = clauseFacts.stream().filter(FactCheck::spelledOutRange).toList();
            List<Fact> comparable = spelledOutRange(claim) && !periods.isEmpty() ? periods : clauseFacts;
            return comparable.stream().anyMatch(fact -> datesAgree(claim, fact));
        }
        List<Quantity> supported = new ArrayList<>(clauseFacts.stream().map(Fact::quantity).toList());
        supported.addAll(differences(sameUnit.stream().map(Fact::quantity).toList()));
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
