package org.yuqing.jobs.misreading;

import java.util.List;
import java.util.Locale;
import org.yuqing.training.watch.PolicyWatchEvaluation;
import org.yuqing.training.watch.WatchTraining;

/**
 * Shows how the policy watch reads one comment of the corpus, with the weights learnt without its policy's fold:
 * each candidate policy's link features and probability, the clauses weighed and the verdict.
 * {@code ExplainPolicyWatch <comment id>}.
 *
 * <p>In the detector's package although in the training module: it prints the detector's candidates and ranked
 * clauses, which stay package-private so that the job's API does not grow for a diagnostic tool; the weights of the
 * fold are fitted here, where the solver is.
 */
public final class ExplainPolicyWatch {

    public static void main(String[] args) {
        PolicyWatchEvaluation evaluation = new PolicyWatchEvaluation();
        WatchCorpus corpus = evaluation.corpus();
        PolicyIndex index = evaluation.index();
        for (String id : args) {
            LabelledComment comment = corpus.comments().stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no comment " + id));
            int held = PolicyWatchEvaluation.fold(comment.policyId() != null ? comment.policyId() : comment.id());
            List<LabelledComment> training = corpus.comments().stream()
                    .filter(c -> PolicyWatchEvaluation.fold(c.policyId() != null ? c.policyId() : c.id()) != held)
                    .toList();
            MisreadingDetector detector = new MisreadingDetector(index,
                    new WatchTraining(index).train(training, List.of()));
            System.out.println(comment);
            CommentReader.Prepared prepared = detector.prepare(comment.text(), null);
            System.out.println("words " + prepared.words() + "\ncues " + prepared.cues());
            for (MisreadingDetector.Candidate candidate : detector.candidates(prepared, null, null)) {
                System.out.printf(Locale.ROOT, "candidate %s p=%.3f %s%n", candidate.policy().id(),
                        candidate.probability(), named(WatchFeatures.LINK, candidate.features()));
            }
            detector.candidates(prepared, null, null).stream()
                    .max(java.util.Comparator.comparingDouble(MisreadingDetector.Candidate::probability))
                    .ifPresent(best -> {
                        System.out.println("facts " + best.reading().facts());
                        List<MisreadingDetector.RankedClause> clauses =
                                detector.rankedClauses(prepared, best.reading(), best.policy());
                        clauses.stream().limit(3).forEach(clause -> System.out.printf(Locale.ROOT,
                                "clause p=%.3f %s | %s%n", clause.probability(), clause.clause().text(),
                                named(WatchFeatures.CLAUSE, clause.features())));
                        if (!clauses.isEmpty()) {
                            System.out.println("misreading features " + named(WatchFeatures.MISREADING,
                                    detector.misreadingFeatures(best, clauses)));
                        }
                    });
            MisreadingDetector.Verdict verdict = detector.watch(comment.text(), null, null, null);
            System.out.println("verdict " + verdict);
        }
    }

    private static String named(List<String> names, double[] x) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            out.append(names.get(i)).append('=').append(String.format(Locale.ROOT, "%.2f", x[i])).append(' ');
        }
        return out.toString();
    }

    private ExplainPolicyWatch() {
    }
}
