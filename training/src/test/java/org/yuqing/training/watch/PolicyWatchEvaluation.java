package org.yuqing.training.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.misreading.LabelledComment;
import org.yuqing.jobs.misreading.Misreading;
import org.yuqing.jobs.misreading.MisreadingDetector;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.misreading.WatchCorpus;
import org.yuqing.jobs.misreading.WatchModel;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * Measures the policy watch on policies it was not trained on: cross-validation whose folds split the corpus's
 * policies, never their comments. For each fold the weights are learnt from the other folds' comments and
 * everyday messages, and the fold's comments and messages are checked against all registered policies.
 * {@code main} prints the figures, and with {@code --errors} every comment it gets wrong.
 */
public final class PolicyWatchEvaluation {

    static final int FOLDS = 5;
    /**
     * In the jobs module's test resources, beside the jobs tests that replay its comments (the alerts', the watch's
     * on the chain's tokens).
     */
    static final String CORPUS = "misreading/corpus";
    /**
     * Everyday messages to a city's portal, about none of the policies (Teddy Cup 2020, see NOTICE): the topic
     * evaluation's sample of this module, and the hot-issue tests' sample of the jobs module.
     */
    static final List<Path> BACKGROUND = List.of(resource("/org/yuqing/training/heldout/teddy_detail.jsonl"),
            jobsTestResource("org/yuqing/jobs/hotissues/fj3_likes.sample.jsonl"));

    private final WatchCorpus corpus;
    private final PolicyIndex index;
    private final CachedVectors vectors;
    private final List<String> background;

    public PolicyWatchEvaluation() {
        this.corpus = WatchCorpus.read(jobsTestResource(CORPUS));
        this.background = BACKGROUND.stream().flatMap(file -> messages(file).stream()).toList();
        this.vectors = CachedVectors.shared();
        List<String> texts = new ArrayList<>(background);
        corpus.comments().forEach(comment -> texts.add(comment.text()));
        // the detector encodes the simplified text: fill the cache with what it will ask for, in batches
        vectors.documentVectors(texts.stream().map(com.hankcs.hanlp.HanLP::convertToSimplifiedChinese).toList());
        this.index = new PolicyIndex(PolicyRegistry.of(corpus.policies()), vectors);
    }

    public PolicyIndex index() {
        return index;
    }

    public WatchCorpus corpus() {
        return corpus;
    }

    /**
     * A file of the jobs module's test resources. Maven runs this module's tests in its own folder; the commands in
     * misreading/RESULTS.md run from the project's.
     */
    static Path jobsTestResource(String path) {
        Path fromProject = Path.of("jobs/src/test/resources", path);
        return Files.exists(fromProject) ? fromProject : Path.of("../jobs/src/test/resources", path);
    }

    private static Path resource(String name) {
        try {
            return Path.of(PolicyWatchEvaluation.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fold a policy, or a comment about none, is held out in: by the order of a hash of its id. */
    public static int fold(String key) {
        return Math.floorMod(key.hashCode() * 31 + 7, FOLDS);
    }

    private static int fold(LabelledComment comment) {
        return fold(comment.policyId() != null ? comment.policyId() : comment.id());
    }

    public Figures run() {
        return run(false);
    }

    /**
     * @param heldRegistry register only the fold's own policies when checking its comments, as a user does who
     *                     registers this week's new policies with a model trained on the corpus: the candidates then
     *                     compete with few others, and retrieval's statistics come from few documents
     */
    public Figures run(boolean heldRegistry) {
        Tally tally = new Tally();
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            List<LabelledComment> training = corpus.comments().stream().filter(c -> fold(c) != held).toList();
            List<String> trainingBackground = new ArrayList<>();
            List<String> heldBackground = new ArrayList<>();
            for (int i = 0; i < background.size(); i++) {
                (fold("background-" + i) == held ? heldBackground : trainingBackground).add(background.get(i));
            }
            WatchModel model = new WatchTraining(index).train(training, trainingBackground);
            PolicyIndex checkedAgainst = heldRegistry ? new PolicyIndex(PolicyRegistry.of(corpus.policies().stream()
                    .filter(policy -> fold(policy.id()) == held).toList()), vectors) : index;
            MisreadingDetector detector = new MisreadingDetector(checkedAgainst, model);
            corpus.comments().stream().filter(c -> fold(c) == held)
                    .forEach(comment -> tally.comment(comment, detector.watch(comment.text(), null, null, null)));
            heldBackground.forEach(message -> tally.background(detector.watch(message, null, null, null)));
        }
        return tally.figures();
    }

    private static List<String> messages(Path file) {
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode node = Json.mapper().readTree(line);
                String title = node.has("title") ? node.get("title").asText() : node.path("topic").asText();
                String text = node.has("text") ? node.get("text").asText() : node.path("detail").asText();
                texts.add(title + "\n" + text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return texts;
    }

    /** Counts as comments are checked. A flag is right only on the labelled policy. */
    private static final class Tally {
        int comments;
        int aboutAPolicy;
        int linkedRight;
        int labelled;
        int truePositives;
        int falsePositives;
        int clauseRight;
        int kindRight;
        int noneComments;
        int noneLinked;
        int backgroundMessages;
        int backgroundLinked;
        int backgroundFlagged;
        final Map<String, int[]> perPolicy = new TreeMap<>();
        final List<String> errors = new ArrayList<>();

        void comment(LabelledComment comment, MisreadingDetector.Verdict verdict) {
            comments++;
            String linked = verdict.links().isEmpty() ? null : verdict.links().get(0).policyId();
            Misreading found = verdict.misreading();
            if (comment.policyId() != null) {
                aboutAPolicy++;
                if (comment.policyId().equals(linked)) {
                    linkedRight++;
                } else {
                    errors.add("link   " + comment.id() + " → " + linked + ": " + comment.text());
                }
            } else {
                noneComments++;
                if (linked != null) {
                    noneLinked++;
                }
            }
            int[] policy = comment.policyId() == null ? new int[3]
                    : perPolicy.computeIfAbsent(comment.policyId(), id -> new int[3]);
            if (comment.misreading()) {
                labelled++;
            }
            boolean right = found.flag() && comment.misreading() && comment.policyId().equals(found.policyId());
            if (right) {
                truePositives++;
                policy[0]++;
                if (comment.rightClause(found.clause())) {
                    clauseRight++;
                } else {
                    errors.add("clause " + comment.id() + ": " + comment.text() + "\n         named " + found.clause()
                            + "\n         label " + comment.clause());
                }
                if (comment.kind().equals(found.kind().label())) {
                    kindRight++;
                }
            } else if (found.flag()) {
                falsePositives++;
                policy[1]++;
                errors.add("FP     " + comment.id() + " (" + found.kind().label() + " " + found.policyId() + "): "
                        + comment.text());
            }
            if (comment.misreading() && !right) {
                policy[2]++;
                errors.add("FN     " + comment.id() + " (" + comment.kind() + "): " + comment.text());
            }
        }

        void background(MisreadingDetector.Verdict verdict) {
            backgroundMessages++;
            if (!verdict.links().isEmpty()) {
                backgroundLinked++;
            }
            if (verdict.misreading().flag()) {
                backgroundFlagged++;
            }
        }

        Figures figures() {
            Map<String, Double> f1 = new LinkedHashMap<>();
            perPolicy.forEach((id, counts) -> f1.put(id, Figures.f1(counts[0], counts[1], counts[2])));
            return new Figures(comments, labelled, truePositives, falsePositives, labelled - truePositives,
                    aboutAPolicy, linkedRight, clauseRight, kindRight, noneComments, noneLinked, backgroundMessages,
                    backgroundLinked, backgroundFlagged, f1, List.copyOf(errors));
        }
    }

    /** The figures of one cross-validated run. */
    public record Figures(int comments, int labelledMisreadings, int truePositives, int falsePositives,
                          int falseNegatives, int aboutAPolicy, int linkedRight, int clauseRight, int kindRight,
                          int noneComments, int noneLinked, int backgroundMessages, int backgroundLinked,
                          int backgroundFlagged, Map<String, Double> f1PerPolicy, List<String> errors) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            return f1(truePositives, falsePositives, falseNegatives);
        }

        static double f1(int tp, int fp, int fn) {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        public double linking() {
            return ratio(linkedRight, aboutAPolicy);
        }

        public double clauseWhenFound() {
            return ratio(clauseRight, truePositives);
        }

        public double kindWhenFound() {
            return ratio(kindRight, truePositives);
        }

        public double backgroundFlaggedShare() {
            return ratio(backgroundFlagged, backgroundMessages);
        }

        public double backgroundLinkedShare() {
            return ratio(backgroundLinked, backgroundMessages);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        @Override
        public String toString() {
            List<Double> spread = f1PerPolicy.values().stream().sorted().toList();
            String worst = f1PerPolicy.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(3)
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue())).toList().toString();
            return String.format(Locale.ROOT, """
                    policies %d in %d folds split by policy; comments %d (%d about a policy, %d about none), labelled misreadings %d
                    detection  precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)
                    clause     right %.3f of those found (%d/%d)
                    kind       right %.3f of those found
                    linking    %.3f of comments about a policy (%d/%d); comments about none linked %d/%d
                    F1 per policy  min %.2f  median %.2f  max %.2f  lowest %s
                    everyday portal messages %d: linked %.3f, flagged %.3f (%d)""",
                    f1PerPolicy.size(), FOLDS, comments, aboutAPolicy, noneComments, labelledMisreadings,
                    precision(), recall(), f1(), truePositives, falsePositives, falseNegatives,
                    clauseWhenFound(), clauseRight, truePositives, kindWhenFound(),
                    linking(), linkedRight, aboutAPolicy, noneLinked, noneComments,
                    spread.isEmpty() ? 0 : spread.get(0), spread.isEmpty() ? 0 : spread.get(spread.size() / 2),
                    spread.isEmpty() ? 0 : spread.get(spread.size() - 1), worst,
                    backgroundMessages, backgroundLinkedShare(), backgroundFlaggedShare(), backgroundFlagged);
        }
    }

    public static void main(String[] args) {
        Figures figures = new PolicyWatchEvaluation().run(List.of(args).contains("--held-registry"));
        System.out.println(figures);
        if (List.of(args).contains("--errors")) {
            figures.errors().stream().sorted(Comparator.naturalOrder()).forEach(System.out::println);
        }
    }
}
