package org.yuqing.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.jobs.analysis.TextPreparation;
import org.yuqing.jobs.classify.LinearModel;
import org.yuqing.jobs.classify.Task;
import org.yuqing.jobs.misreading.CitizenVocabulary;
import org.yuqing.jobs.misreading.ContentWords;
import org.yuqing.training.Corpora.Dataset;
import org.yuqing.training.LinearTrainer.Sample;

/**
 * Retrains the three models from a data folder, on every example that {@link HeldOut} does not keep for
 * evaluation, and writes them pruned to {@link #MAX_FEATURES} features each.
 */
public final class ModelTraining {

    /** Keeps each model file to a few megabytes (7 labels x 2 bytes per kept feature, before gzip). */
    public static final int MAX_FEATURES = 200_000;
    /** The fifth of the training side that {@link #tune} validates on; the held-out fifth is never used. */
    private static final int VALIDATION_BUCKET = 1;

    private final TextPreparation preparation = new TextPreparation();
    private final PrintStream log;

    public ModelTraining(PrintStream log) {
        this.log = log;
    }

    /**
     * LIBLINEAR's C per task, chosen with {@link #tune} on the training side only (validation macro-F1 with
     * character 1-2-grams and words: topic 0.899 at 32 with naive Bayes scaling; sentiment 0.866 at 4, flat above;
     * emotion 0.633 at 4, balanced).
     */
    public static double cost(Task task) {
        return switch (task) {
            case TOPIC -> 32;
            case SENTIMENT -> 4;
            case EMOTION -> 4;
        };
    }

    /**
     * Whether to train NBSVM-style: it lifted topic validation macro-F1 by a point; for sentiment it made no
     * difference and for emotion it lost one and a half (word pairs as features helped none of the three).
     */
    public static boolean naiveBayesScaling(Task task) {
        return task == Task.TOPIC;
    }

    /** Whether labels are weighed against their frequency: it lifts emotion's rare fear and surprise. */
    public static boolean balanced(Task task) {
        return task != Task.SENTIMENT;
    }

    public void trainAll(Path data, Path out) throws IOException {
        Files.createDirectories(out);
        for (Task task : Task.values()) {
            List<LabelledSample> samples = prepare(task, Corpora.of(data, task));
            LinearModel model = train(task, samples, cost(task), balanced(task), -1);
            Path file = out.resolve(task.modelFile());
            try (OutputStream stream = Files.newOutputStream(file)) {
                model.write(stream, MAX_FEATURES);
            }
            log.printf("%s: wrote %s (%d KB)%n", task, file, Files.size(file) / 1024);
        }
        writeCitizenVocabulary(data, out);
    }

    /** The background the policy watch weighs shared words against: the training side of the citizen messages. */
    private void writeCitizenVocabulary(Path data, Path out) throws IOException {
        List<String> messages = new ArrayList<>();
        for (Dataset dataset : Corpora.of(data, Task.TOPIC)) {
            for (Example example : dataset.examples()) {
                if (!HeldOut.isHeldOut(example)) {
                    messages.add(example.title() + "\n" + example.text());
                }
            }
        }
        CitizenVocabulary vocabulary = CitizenVocabulary.count(messages, new ContentWords());
        Path file = out.resolve(Path.of(CitizenVocabulary.RESOURCE).getFileName().toString());
        vocabulary.write(file);
        log.printf("citizen vocabulary: %d messages, wrote %s (%d KB)%n", vocabulary.messages(), file,
                Files.size(file) / 1024);
    }

    /** Prints, for each C, the scores on a validation fifth of the training side, for choosing {@link #cost}. */
    public void tune(Path data, double[] costs) {
        for (Task task : Task.values()) {
            List<LabelledSample> samples = prepare(task, Corpora.of(data, task));
            for (double cost : costs) {
                LinearModel model = train(task, samples, cost, balanced(task), VALIDATION_BUCKET);
                Metrics metrics = new Metrics(task.labels());
                for (LabelledSample sample : samples) {
                    if (sample.bucket() == VALIDATION_BUCKET) {
                        metrics.add(task.labels().get(sample.sample().label()), model.predict(sample.sample().x()).label());
                    }
                }
                log.printf("%s C=%s: validation accuracy %.4f macro-F1 %.4f (%d)%n",
                        task, cost, metrics.accuracy(), metrics.macroF1(), metrics.total());
            }
        }
    }

    private record LabelledSample(Sample sample, int bucket) {
    }

    private List<LabelledSample> prepare(Task task, List<Dataset> datasets) {
        List<Example> training = new ArrayList<>();
        for (Dataset dataset : datasets) {
            for (Example example : dataset.examples()) {
                if (!HeldOut.isHeldOut(example)) {
                    training.add(example);
                }
            }
        }
        long start = System.nanoTime();
        List<LabelledSample> samples = training.parallelStream()
                .map(e -> new LabelledSample(new Sample(preparation.prepare(e.title(), e.text()).features(),
                        task.labels().indexOf(e.label())), HeldOut.bucket(e)))
                .toList();
        log.printf("%s: %d training examples prepared in %.1f s%n", task, samples.size(), (System.nanoTime() - start) / 1e9);
        return samples;
    }

    private LinearModel train(Task task, List<LabelledSample> samples, double cost, boolean balanced, int leaveOutBucket) {
        List<Sample> training = new ArrayList<>(samples.size());
        for (LabelledSample sample : samples) {
            if (sample.bucket() != leaveOutBucket) {
                training.add(sample.sample());
            }
        }
        long start = System.nanoTime();
        LinearModel model = new LinearTrainer(cost, balanced, naiveBayesScaling(task)).train(task.labels(), training);
        log.printf("%s: trained on %d in %.1f s%n", task, training.size(), (System.nanoTime() - start) / 1e9);
        return model;
    }
}
