package org.yuqing.training.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.misreading.LabelledComment;
import org.yuqing.jobs.misreading.LinearScorer;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.misreading.WatchCorpus;
import org.yuqing.jobs.misreading.WatchEncoder;
import org.yuqing.jobs.misreading.WatchExamples;
import org.yuqing.jobs.misreading.WatchModel;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * Learns the policy watch's weights ({@link WatchModel}) from labelled comments and from everyday messages about
 * none of the policies, step after step as {@link WatchExamples} reads their rows: the flag and kind rows depend
 * on the fitted link and clause models.
 */
public final class WatchTraining {

    /**
     * LIBLINEAR's C. The features are few and standardised, so the models need little regularising: on the grouped
     * cross-validation C = 0.1 and 0.5 did worse than 4, and 16 or 64 no better (misreading/RESULTS.md).
     */
    private static final double COST = 4;
    /**
     * The link model's C. It sums a loss per comment rather than per candidate; 0.25, 1, 4 and 32 gave linking
     * 0.913, 0.921, 0.917 and 0.916 on the grouped cross-validation (misreading/RESULTS.md).
     */
    private static final double LINK_COST = 1;

    private final PolicyIndex index;

    public WatchTraining(PolicyIndex index) {
        this.index = index;
    }

    public WatchModel train(List<LabelledComment> comments, List<String> background) {
        WatchExamples examples = new WatchExamples(index, comments, background);
        LinearScorer link = LinearFit.choice(examples.links(), LINK_COST);
        LinearScorer clause = LinearFit.yesNo(examples.clauses(), COST);
        WatchExamples.Verdicts verdicts = examples.verdicts(link, clause);
        return new WatchModel(link, clause, LinearFit.yesNo(verdicts.flags(), COST),
                LinearFit.classes(verdicts.kinds(), COST));
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
