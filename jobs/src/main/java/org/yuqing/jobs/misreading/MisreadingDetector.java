package org.yuqing.jobs.misreading;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * Decides whether a comment misreads a registered policy, and which clause. A comment is a misreading only when
 * there is something concrete against the clause (a value the clause does not state, a permission it does not
 * give, a restriction dropped) or when it passes on hearsay that the clause does not support. Anger and
 * criticism of what the clause really says are not misreadings: 才涨30元太少了 agrees with 200元提高到230元.
 *
 * <p>When several signals apply, the kind follows how the comment is put: a question is a confusion, hearsay a
 * rumour, then a wrong value is a contradiction, then a dropped restriction an overgeneralization.
 */
public final class MisreadingDetector {

    private static final int CLAUSES_CHECKED = 2;

    private final PolicyIndex index;
    private final PolicyLinker linker;
    private final CommentReader reader;
    private final ClauseLocator locator;

    public MisreadingDetector(PolicyRegistry registry) {
        this(new PolicyIndex(registry));
    }

    public MisreadingDetector(PolicyIndex index) {
        this.index = index;
        this.linker = new PolicyLinker(index);
        this.reader = new CommentReader(index);
        this.locator = new ClauseLocator(index);
    }

    public PolicyLinker linker() {
        return linker;
    }

    public Misreading detect(String text, LocalDate writtenOn) {
        List<PolicyLink> links = linker.link(text, writtenOn);
        if (links.isEmpty()) {
            return Misreading.none(null);
        }
        PolicyLink link = links.get(0);
        Policy policy = index.registry().byId(link.policyId()).orElseThrow();
        return detect(text, writtenOn, policy, link.score());
    }

    /** Checks a comment against a policy it is already known to be about. */
    public Misreading detect(String text, LocalDate writtenOn, Policy policy, double linkScore) {
        CommentReading reading = reader.read(text, policy, writtenOn);
        List<Clause> ranked = locator.ranked(policy, reading);
        if (ranked.isEmpty()) {
            return Misreading.none(policy.id());
        }
        // a comment often touches two clauses (企业退休的也能多领30元？ is about the amount and the scope); the
        // runner-up is checked for a dropped restriction or a forbidden thing allowed, so that the clause named is
        // the one that is misread. Not for values: a value that fits the best clause is no error against another.
        Clause clause = ranked.get(0);
        if (!hasEvidence(reading, clause)) {
            Optional<Clause> runnerUp = ranked.stream().skip(1).limit(CLAUSES_CHECKED - 1)
                    .filter(candidate -> PermissionCheck.allowsForbidden(reading, candidate).isPresent()
                            || ScopeCheck.dropsRestriction(reading, candidate, index.simplify(candidate.text()))
                                    .isPresent())
                    .findFirst();
            // 租房扣除全国一律每月1500元 repeats the value of one item and drops the restriction stated in the
            // next (除第一项所列城市以外): the item whose value it repeats is the one it generalises
            if (runnerUp.isPresent() && FactCheck.exactAgreements(reading, clause) > 0
                    && ScopeCheck.excludedGroup(reading, index.simplify(runnerUp.get().text())).isEmpty()
                    && PermissionCheck.allowsForbidden(reading, runnerUp.get()).isEmpty()) {
                Clause generalised = clause;
                String restriction = ScopeCheck.dropsRestriction(reading, runnerUp.get(),
                        index.simplify(runnerUp.get().text())).orElseThrow();
                return overgeneralization(reading, policy, generalised, linkScore, restriction);
            }
            clause = runnerUp.orElse(clause);
        }
        final Clause misread = clause;
        String misreadText = index.simplify(misread.text());
        Optional<String> wrongValue = FactCheck.contradiction(reading, misread, misreadText)
                .or(() -> PermissionCheck.allowsForbidden(reading, misread));
        Optional<String> droppedRestriction = ScopeCheck.dropsRestriction(reading, misread, misreadText);
        boolean hearsay = !reading.cues().hearsay().isEmpty();
        // 听说养老金涨到230了 passes on what the clause says; 内部消息，明年就取消了 adds what it does not
        boolean supported = wrongValue.isEmpty() && droppedRestriction.isEmpty()
                && reading.cues().consequences().isEmpty() && FactCheck.agreements(reading, misread, misreadText) > 0;

        MisreadingKind kind;
        String evidence;
        double strength;
        if (reading.cues().question() && (wrongValue.isPresent() || droppedRestriction.isPresent() || hearsay)) {
            kind = MisreadingKind.CONFUSION;
            evidence = wrongValue.or(() -> droppedRestriction).orElse("提问的前提是传言“" + first(reading.cues().hearsay()) + "”");
            strength = 0.7;
        } else if (hearsay && !supported) {
            kind = MisreadingKind.RUMOR;
            evidence = "传言“" + first(reading.cues().hearsay()) + "”" + wrongValue.or(() -> droppedRestriction)
                    .map(e -> "；" + e).orElse("，条款没有这样说");
            strength = 0.75;
        } else if (wrongValue.isPresent()) {
            kind = MisreadingKind.CONTRADICTION;
            evidence = wrongValue.get();
            strength = 0.9;
        } else if (droppedRestriction.isPresent()) {
            return overgeneralization(reading, policy, misread, linkScore, droppedRestriction.get());
        } else {
            return Misreading.none(policy.id());
        }
        return misreading(kind, misread, policy, strength, linkScore, evidence);
    }

    private Misreading overgeneralization(CommentReading reading, Policy policy, Clause clause, double linkScore,
                                          String evidence) {
        if (reading.cues().question()) {
            return misreading(MisreadingKind.CONFUSION, clause, policy, 0.7, linkScore, evidence);
        }
        if (!reading.cues().hearsay().isEmpty()) {
            return misreading(MisreadingKind.RUMOR, clause, policy, 0.75, linkScore,
                    "传言“" + first(reading.cues().hearsay()) + "”；" + evidence);
        }
        return misreading(MisreadingKind.OVERGENERALIZATION, clause, policy, 0.75, linkScore, evidence);
    }

    private static Misreading misreading(MisreadingKind kind, Clause clause, Policy policy, double strength,
                                         double linkScore, String evidence) {
        // a misreading of a policy the comment clearly names is surer than one of a policy guessed from words
        double confidence = strength * Math.min(1.0, 0.5 + linkScore / (2 * PolicyLinker.DOC_NO));
        return new Misreading(true, kind, clause.text(), clause.id(), policy.id(), confidence, evidence);
    }

    private boolean hasEvidence(CommentReading reading, Clause clause) {
        String clauseText = index.simplify(clause.text());
        return FactCheck.contradiction(reading, clause, clauseText).isPresent()
                || PermissionCheck.allowsForbidden(reading, clause).isPresent()
                || ScopeCheck.dropsRestriction(reading, clause, clauseText).isPresent();
    }

    private static String first(List<String> cues) {
        return cues.isEmpty() ? "" : cues.get(0);
    }
}
