package org.yuqing.jobs.misreading;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.policy.TestPolicies;

/**
 * Runs the detector over a labelled part of the evaluation set and measures it. {@code main} prints the figures
 * and, with {@code --errors}, every comment it gets wrong; the floors live in {@link MisreadingEvaluationTest}.
 *
 * <p>A named clause is right when it is in the labelled policy and its text contains the labelled passage or lies
 * inside it (the label quotes the sentence that is misread, a clause may be a whole numbered item).
 */
public final class MisreadingEvaluation {

    /** The measured figures of one run. */
    public record Figures(int comments, int labelledMisreadings, int truePositives, int falsePositives,
                          int falseNegatives, int linkedRight, int clauseRight, int kindRight, List<String> errors) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double linkingAccuracy() {
            return ratio(linkedRight, comments);
        }

        /** Right clause named, over all labelled misreadings: a missed misreading names no clause. */
        public double clauseAccuracy() {
            return ratio(clauseRight, labelledMisreadings);
        }

        /** Right clause named, over the misreadings found. */
        public double clauseAccuracyWhenFound() {
            return ratio(clauseRight, truePositives);
        }

        public double kindAccuracyWhenFound() {
            return ratio(kindRight, truePositives);
        }

        @Override
        public String toString() {
            return String.format(
                    "comments %d, labelled misreadings %d%n"
                            + "detection  precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)%n"
                            + "linking    accuracy %.3f  (%d/%d, no policy counts as a label)%n"
                            + "clause     right %.3f of labelled misreadings (%d/%d), %.3f of those found%n"
                            + "kind       right %.3f of those found (%d/%d)",
                    comments, labelledMisreadings, precision(), recall(), f1(), truePositives, falsePositives,
                    falseNegatives, linkingAccuracy(), linkedRight, comments, clauseAccuracy(), clauseRight,
                    labelledMisreadings, clauseAccuracyWhenFound(), kindAccuracyWhenFound(), kindRight,
                    truePositives);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /** Held-out citizen messages (Teddy Cup 2020 C), none of them about a registered test policy. */
    static final String BACKGROUND = "/org/yuqing/jobs/analysis/heldout/teddy_detail.jsonl";
    /** Other messages of the same portal (the hot-issue sample), never looked at while the linker was tuned. */
    static final String UNSEEN_BACKGROUND = "/org/yuqing/jobs/hotissues/fj3_likes.sample.jsonl";

    private final MisreadingDetector detector = new MisreadingDetector(TestPolicies.registry());

    public Figures run(String resource) {
        List<LabelledComment> set = load(resource);
        int tp = 0, fp = 0, fn = 0, linked = 0, clauseRight = 0, kindRight = 0, labelled = 0;
        List<String> errors = new ArrayList<>();
        for (LabelledComment comment : set) {
            List<PolicyLink> links = detector.linker().link(comment.text(), null);
            String linkedTo = links.isEmpty() ? null : links.get(0).policyId();
            if (Objects.equals(linkedTo, comment.policyId())) {
                linked++;
            } else {
                errors.add("LINK  " + comment.id() + " " + comment.text() + " → " + linkedTo + " " + links
                        + " (label " + comment.policyId() + ")");
            }
            Misreading found = detector.detect(comment.text(), null);
            if (comment.misreading()) {
                labelled++;
            }
            if (found.flag() && comment.misreading()) {
                tp++;
                boolean rightClause = Objects.equals(found.policyId(), comment.policyId())
                        && (found.clause().contains(comment.clause()) || comment.clause().contains(found.clause()));
                if (rightClause) {
                    clauseRight++;
                } else {
                    errors.add("CLAUSE " + comment.id() + " " + comment.text() + " → " + found.clauseId() + " "
                            + abbreviate(found.clause()) + " (label " + comment.clause() + ")");
                }
                if (found.kind().label().equals(comment.kind())) {
                    kindRight++;
                } else {
                    errors.add("KIND  " + comment.id() + " " + comment.text() + " → " + found.kind().label()
                            + " (label " + comment.kind() + ") " + found.evidence());
                }
            } else if (found.flag()) {
                fp++;
                errors.add("FP    " + comment.id() + " " + comment.text() + " → " + found.kind().label() + " "
                        + found.clauseId() + " " + found.evidence());
            } else if (comment.misreading()) {
                fn++;
                errors.add("FN    " + comment.id() + " " + comment.text() + " (label " + comment.kind() + ", linked "
                        + linkedTo + ")");
            }
        }
        return new Figures(set.size(), labelled, tp, fp, fn, linked, clauseRight, kindRight, errors);
    }

    /**
     * What the policy watch makes of everyday citizen messages that are about none of the registered policies
     * (held-out messages to a city's portal, 2017–2019): the share it links to a policy and the share it flags.
     */
    public record Background(int messages, int linked, int flagged, List<String> examples) {
        public double linkedShare() {
            return (double) linked / messages;
        }

        public double flaggedShare() {
            return (double) flagged / messages;
        }

        @Override
        public String toString() {
            return String.format("background messages %d: linked %d (%.3f), flagged %d (%.3f)", messages, linked,
                    linkedShare(), flagged, flaggedShare());
        }
    }

    public Background background(String resource) {
        List<String> messages = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                MisreadingEvaluation.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = Json.mapper().readTree(line);
                // the Teddy files name the subject and the message differently from our held-out samples
                messages.add(text(node, node.has("topic") ? "topic" : "title") + "\n"
                        + text(node, node.has("detail") ? "detail" : "text"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int linked = 0;
        int flagged = 0;
        List<String> examples = new ArrayList<>();
        for (String message : messages) {
            List<PolicyLink> links = detector.linker().link(message, null);
            if (links.isEmpty()) {
                continue;
            }
            linked++;
            Misreading found = detector.detect(message, null);
            if (found.flag()) {
                flagged++;
            }
            examples.add((found.flag() ? "FLAG " : "LINK ") + links.get(0) + " ← " + abbreviate(message.replace('\n', ' ')));
        }
        return new Background(messages.size(), linked, flagged, examples);
    }

    static List<LabelledComment> load(String resource) {
        var stream = MisreadingEvaluation.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalArgumentException("no such resource: " + resource);
        }
        List<LabelledComment> comments = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = Json.mapper().readTree(line);
                comments.add(new LabelledComment(node.get("id").asText(), node.get("text").asText(),
                        text(node, "policy_id"), node.get("misreading").asBoolean(), text(node, "kind"),
                        text(node, "clause"), text(node, "source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return comments;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String text) {
        return text.length() > 50 ? text.substring(0, 50) + "…" : text;
    }

    /** {@code [dev|heldout] [--errors]}: prints the figures of that part (held-out by default). */
    public static void main(String[] args) {
        String part = args.length > 0 && !args[0].startsWith("--") ? args[0] : "heldout";
        boolean showErrors = List.of(args).contains("--errors");
        Figures figures = new MisreadingEvaluation().run("/misreading/" + part + ".jsonl");
        System.out.println("misreading evaluation, " + part + " part");
        System.out.println(figures);
        if (showErrors) {
            figures.errors().forEach(System.out::println);
        }
        for (String resource : List.of(BACKGROUND, UNSEEN_BACKGROUND)) {
            Background background = new MisreadingEvaluation().background(resource);
            System.out.println(resource + ": " + background);
            if (showErrors) {
                background.examples().forEach(System.out::println);
            }
        }
    }
}
