package org.yuqing.training;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.yuqing.jobs.analysis.Classifiers;
import org.yuqing.jobs.analysis.PreparedText;
import org.yuqing.jobs.analysis.Sentiment;
import org.yuqing.jobs.analysis.TextPreparation;
import org.yuqing.jobs.classify.Prediction;
import org.yuqing.jobs.classify.Task;
import org.yuqing.jobs.encoder.Encoding;
import org.yuqing.jobs.encoder.TextEncoder;
import org.yuqing.jobs.encoder.TokenCut;
import org.yuqing.training.Corpora.Dataset;

/**
 * Chooses the cascade's thresholds: runs the linear models and the transformer on every example once, then prints,
 * for each task and threshold, the score the cascade would get and the share of examples the transformer would
 * re-read. Meant for the calibration part ({@link HeldOut#isCalibration}), never the held-out fifth.
 */
public final class CascadeCalibration {

    private static final double[] THRESHOLDS = {0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 2};
    private static final int BATCH = 32;

    private final TextPreparation preparation = new TextPreparation();
    private final Classifiers linear;
    private final TextEncoder encoder;
    private final TokenCut cut;

    /** @param cut how much of a document the transformer reads, as in the chain */
    public CascadeCalibration(Classifiers linear, TextEncoder encoder, TokenCut cut) {
        this.linear = linear;
        this.encoder = encoder;
        this.cut = cut;
    }

    /** Both models' answers on one example. */
    private record Both(Dataset dataset, Example example, Classifiers.Predictions linear, Sentiment linearSentiment,
                        Encoding transformer) {
    }

    public void sweep(List<Dataset> datasets, Predicate<Example> part, PrintStream out) {
        List<Both> all = new ArrayList<>();
        for (Dataset dataset : datasets) {
            List<Example> examples = dataset.examples().stream().filter(part).toList();
            for (int start = 0; start < examples.size(); start += BATCH) {
                List<Example> batch = examples.subList(start, Math.min(examples.size(), start + BATCH));
                List<PreparedText> prepared = batch.stream().map(e -> preparation.prepare(e.title(), e.text())).toList();
                List<Encoding> encodings = encoder.encode(prepared.stream().map(PreparedText::whole).toList(), cut);
                for (int i = 0; i < batch.size(); i++) {
                    Classifiers.Predictions p = linear.predictAll(prepared.get(i).features());
                    Sentiment s = Sentiment.of(p.polarity(), linear.model(Task.SENTIMENT).labels(), p.emotion());
                    all.add(new Both(dataset, batch.get(i), p, s, encodings.get(i)));
                }
            }
        }
        for (double t : THRESHOLDS) {
            out.printf("threshold %.2f:%n", t);
            classification(all, Task.TOPIC, "topic", t, out);
            sentiment(all, t, out);
            classification(all, Task.EMOTION, "emotion", t, out);
        }
    }

    /** Topic or emotion: the linear model answers when its top probability reaches t, else the head of that name. */
    private void classification(List<Both> all, Task task, String head, double t, PrintStream out) {
        Metrics metrics = new Metrics(task.labels());
        int reread = 0;
        for (Both b : all) {
            if (b.dataset().task() != task) {
                continue;
            }
            Prediction linearAnswer = task == Task.TOPIC ? b.linear().topic() : b.linear().emotion();
            String label = linearAnswer.label();
            if (linearAnswer.probability() < t) {
                reread++;
                label = argmaxLabel(b.transformer(), head);
            }
            metrics.add(b.example().label(), label);
        }
        out.printf("  %s macro-F1 %.4f, transformer %.0f%% of %d%n", head, metrics.macroF1(),
                100.0 * reread / Math.max(1, metrics.total()), metrics.total());
    }

    private void sentiment(List<Both> all, double t, PrintStream out) {
        Metrics binary = new Metrics(Task.SENTIMENT.labels());
        Metrics threeWay = new Metrics(List.of("positive", "neutral", "negative"));
        int reread = 0;
        int seen = 0;
        for (Both b : all) {
            String label = b.linearSentiment().label();
            double score = b.linearSentiment().score();
            boolean sure = Math.abs(score) >= t && (t <= 0 || !b.linear().emotion().label().equals("neutral"));
            if (!sure) {
                float[] p = b.transformer().probabilities().get("polarity");
                List<String> labels = encoder.labels("polarity");
                score = p[labels.indexOf("positive")] - p[labels.indexOf("negative")];
                label = argmaxLabel(b.transformer(), "polarity");
            }
            if (b.dataset().task() == Task.SENTIMENT && !b.dataset().name().startsWith("weibo")) {
                binary.add(b.example().label(), score > 0 ? "positive" : "negative");
            } else if (b.dataset().task() == Task.EMOTION && !b.example().label().equals("surprise")) {
                String gold = switch (b.example().label()) {
                    case "happy" -> "positive";
                    case "neutral" -> "neutral";
                    default -> "negative";
                };
                threeWay.add(gold, label);
            } else {
                continue;
            }
            seen++;
            reread += sure ? 0 : 1;
        }
        out.printf("  sentiment: reviews accuracy %.4f, SMP2020 three-way macro-F1 %.4f, transformer %.0f%% of %d%n",
                binary.accuracy(), threeWay.macroF1(), 100.0 * reread / Math.max(1, seen), seen);
    }

    private String argmaxLabel(Encoding encoding, String head) {
        float[] p = encoding.probabilities().get(head);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        return encoder.labels(head).get(best);
    }
}
