package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yuqing.jobs.policy.Policy;

/**
 * The rows each learnt step of the policy watch is fitted on, read off the detector the way it decides. Only rows:
 * the fitting (LIBLINEAR) lives in the training module, so that the job jar carries the scorer and not the solver.
 * The steps are learnt in the order they run, each on what the steps before it decide: link choices among the
 * candidates retrieval proposes, clause rows on the clauses of the right policy, flag and kind rows on the clause
 * that the fitted clause model picks.
 */
public final class WatchExamples {

    private final PolicyIndex index;
    private final List<LabelledComment> comments;
    private final MisreadingDetector undecided;
    /** Each comment segmented once for all steps: segmenting is the costly part. */
    private final List<CommentReader.Prepared> prepared;

    /** @param background everyday messages about none of the policies: negatives for every step */
    public WatchExamples(PolicyIndex index, List<LabelledComment> comments, List<String> background) {
        this.index = index;
        List<LabelledComment> all = new ArrayList<>(comments);
        for (int i = 0; i < background.size(); i++) {
            all.add(new LabelledComment("background-" + i, background.get(i), null, false, null, null, null, null));
        }
        this.comments = List.copyOf(all);
        this.undecided = new MisreadingDetector(index, new WatchModel(LinearScorer.undecided(WatchFeatures.LINK),
                LinearScorer.undecided(WatchFeatures.CLAUSE), LinearScorer.undecided(WatchFeatures.MISREADING),
                LinearScorer.undecided(WatchFeatures.MISREADING)));
        this.prepared = this.comments.stream().map(c -> undecided.prepare(c.text(), null)).toList();
    }

    /**
     * The candidate policies of each comment, as one choice: the labelled policy, or none of them when the comment
     * is about none or retrieval did not propose its policy.
     */
    public Choices links() {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            String policyId = comments.get(i).policyId();
            List<double[]> options = new ArrayList<>();
            List<Boolean> right = new ArrayList<>();
            for (MisreadingDetector.Candidate candidate : undecided.candidates(prepared.get(i), null, null)) {
                options.add(candidate.features());
                right.add(candidate.policy().id().equals(policyId));
            }
            choices.add(new Choice(options, right));
        }
        return new Choices(WatchFeatures.LINK, choices);
    }

    /** Each clause weighed for a misreading of its labelled policy: yes when it is the labelled clause. */
    public YesNo clauses() {
        List<double[]> x = new ArrayList<>();
        List<Boolean> yes = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            LabelledComment comment = comments.get(i);
            Policy policy = comment.misreading() ? index.registry().byId(comment.policyId()).orElse(null) : null;
            if (policy == null) {
                continue;
            }
            CommentReading reading = prepared.get(i).against(policy, null);
            for (MisreadingDetector.RankedClause clause : undecided.rankedClauses(prepared.get(i), reading, policy)) {
                x.add(clause.features());
                yes.add(comment.rightClause(clause.clause().text()));
            }
        }
        return new YesNo(WatchFeatures.CLAUSE, x, yes);
    }

    /**
     * One row per comment on its labelled policy, or on the policy it links to when it is about none, at the clause
     * the clause model ranks first: whether it misreads, and for a misreading, its kind.
     */
    public Verdicts verdicts(LinearScorer link, LinearScorer clause) {
        MisreadingDetector linking = new MisreadingDetector(index, new WatchModel(link, clause,
                LinearScorer.undecided(WatchFeatures.MISREADING), LinearScorer.undecided(WatchFeatures.MISREADING)));
        List<double[]> flagX = new ArrayList<>();
        List<Boolean> flagY = new ArrayList<>();
        List<double[]> kindX = new ArrayList<>();
        List<String> kindY = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            LabelledComment comment = comments.get(i);
            CommentReader.Prepared read = prepared.get(i);
            MisreadingDetector.Candidate candidate = comment.policyId() != null
                    ? index.registry().byId(comment.policyId())
                            .map(p -> linking.candidate(read, p, null, null)).orElse(null)
                    : linking.candidates(read, null, null).stream()
                            .filter(c -> c.probability() >= WatchModel.LINK)
                            .max(Comparator.comparingDouble(MisreadingDetector.Candidate::probability))
                            .orElse(null);
            if (candidate == null) {
                continue;
            }
            List<MisreadingDetector.RankedClause> ranked =
                    linking.rankedClauses(read, candidate.reading(), candidate.policy());
            if (ranked.isEmpty()) {
                continue;
            }
            double[] x = linking.misreadingFeatures(candidate, ranked);
            flagX.add(x);
            flagY.add(comment.misreading());
            if (comment.misreading()) {
                kindX.add(x);
                kindY.add(comment.kind());
            }
        }
        return new Verdicts(new YesNo(WatchFeatures.MISREADING, flagX, flagY),
                new Classes(WatchFeatures.MISREADING, kindX, kindY));
    }

    /** Rows of a yes/no step. @param features the name of each column */
    public record YesNo(List<String> features, List<double[]> x, List<Boolean> yes) {
    }

    /**
     * Rows of a step that picks one of several options or none of them, one choice per comment.
     *
     * @param features the name of each column
     */
    public record Choices(List<String> features, List<Choice> choices) {
    }

    /**
     * The options one comment was weighed against.
     *
     * @param right for each option, whether it is a right answer; none right means "none of them"
     */
    public record Choice(List<double[]> options, List<Boolean> right) {

        public Choice {
            options = List.copyOf(options);
            right = List.copyOf(right);
        }
    }

    /** Rows of a step that names a class. @param features the name of each column */
    public record Classes(List<String> features, List<double[]> x, List<String> labels) {
    }

    /** The flag step's rows and, of its misreadings, the kind step's. */
    public record Verdicts(YesNo flags, Classes kinds) {
    }
}
