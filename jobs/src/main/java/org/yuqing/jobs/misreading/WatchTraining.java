package org.yuqing.jobs.misreading;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * Learns the policy watch's weights ({@link WatchModel}) from labelled comments and from everyday messages about
 * none of the policies. The steps are learnt in the order they run, each on what the steps before it decide:
 * the link model on the candidates retrieval proposes, the clause model on the clauses of the right policy, the
 * flag and kind models on the clause the clause model picks.
 */
public final class WatchTraining {

    /** LIBLINEAR's C: the features are few and standardised, the corpus small. */
    private static final double COST = 0.5;

    private final PolicyIndex index;

    public WatchTraining(PolicyIndex index) {
        this.index = index;
    }

    public WatchModel train(List<LabelledComment> comments, List<String> background) {
        List<LabelledComment> all = new ArrayList<>(comments);
        for (int i = 0; i < background.size(); i++) {
            all.add(new LabelledComment("background-" + i, background.get(i), null, false, null, null, null, null));
        }
        WatchModel untrained = new WatchModel(LinearScorer.undecided(WatchFeatures.LINK),
                LinearScorer.undecided(WatchFeatures.CLAUSE), LinearScorer.undecided(WatchFeatures.MISREADING),
                LinearScorer.undecided(WatchFeatures.MISREADING));
        MisreadingDetector detector = new MisreadingDetector(index, untrained);
        List<CommentReader.Prepared> prepared = all.stream().map(c -> detector.prepare(c.text(), null)).toList();

        List<double[]> linkX = new ArrayList<>();
        List<Boolean> linkY = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (MisreadingDetector.Candidate candidate : detector.candidates(prepared.get(i), null, null)) {
                linkX.add(candidate.features());
                linkY.add(candidate.policy().id().equals(all.get(i).policyId()));
            }
        }
        LinearScorer link = LinearScorer.fitYesNo(WatchFeatures.LINK, linkX, linkY, COST);

        List<double[]> clauseX = new ArrayList<>();
        List<Boolean> clauseY = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            LabelledComment comment = all.get(i);
            Policy policy = comment.misreading() ? index.registry().byId(comment.policyId()).orElse(null) : null;
            if (policy == null) {
                continue;
            }
            CommentReading reading = prepared.get(i).against(policy, null);
            for (MisreadingDetector.RankedClause clause : detector.rankedClauses(prepared.get(i), reading, policy)) {
                clauseX.add(clause.features());
                clauseY.add(comment.rightClause(clause.clause().text()));
            }
        }
        LinearScorer clause = LinearScorer.fitYesNo(WatchFeatures.CLAUSE, clauseX, clauseY, COST);

        MisreadingDetector linking = new MisreadingDetector(index, new WatchModel(link, clause,
                untrained.flag(), untrained.kind()));
        List<double[]> flagX = new ArrayList<>();
        List<Boolean> flagY = new ArrayList<>();
        List<double[]> kindX = new ArrayList<>();
        List<String> kindY = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            LabelledComment comment = all.get(i);
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
                    linking.rankedClauses(prepared.get(i), candidate.reading(), candidate.policy());
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
        LinearScorer flag = LinearScorer.fitYesNo(WatchFeatures.MISREADING, flagX, flagY, COST);
        LinearScorer kind = LinearScorer.fitClasses(WatchFeatures.MISREADING, kindX, kindY, COST);
        return new WatchModel(link, clause, flag, kind);
    }

    /**
     * Retrains the shipped weights: {@code WatchTraining CORPUS_DIR OUT.json [MESSAGES.jsonl ...]}, where the
     * messages are everyday citizen messages about none of the policies (JSON lines with a {@code text} or
     * {@code detail} and a {@code title} or {@code topic}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: WatchTraining CORPUS_DIR OUT.json [MESSAGES.jsonl ...]");
            System.exit(2);
        }
        WatchCorpus corpus = WatchCorpus.read(Path.of(args[0]));
        List<String> background = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                JsonNode node = Json.mapper().readTree(line);
                background.add(node.path(node.has("title") ? "title" : "topic").asText() + "\n"
                        + node.path(node.has("text") ? "text" : "detail").asText());
            }
        }
        PolicyIndex index = new PolicyIndex(PolicyRegistry.of(corpus.policies()), WatchEncoder.shared());
        WatchModel model = new WatchTraining(index).train(corpus.comments(), background);
        model.write(Path.of(args[1]));
        System.out.println("trained on " + corpus.comments().size() + " comments about " + corpus.policies().size()
                + " policies and " + background.size() + " everyday messages: " + args[1]);
    }
}
