package org.yuqing.jobs.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yuqing.jobs.classify.JointModels;
import org.yuqing.jobs.classify.LinearModel;
import org.yuqing.jobs.classify.Prediction;
import org.yuqing.jobs.classify.SparseVector;
import org.yuqing.jobs.classify.Task;

/** The three trained models, from the files shipped on the classpath or from a folder ./yuqing train wrote. */
public final class Classifiers {

    static final String RESOURCE_FOLDER = "/org/yuqing/jobs/classify/";

    private final Map<Task, LinearModel> models;
    private final JointModels joint;

    private Classifiers(Map<Task, LinearModel> models) {
        this.models = models;
        this.joint = new JointModels(List.of(models.get(Task.TOPIC), models.get(Task.SENTIMENT), models.get(Task.EMOTION)));
    }

    public LinearModel model(Task task) {
        return models.get(task);
    }

    /** Topic, polarity and emotion of one text, from one pass over its features. */
    public Predictions predictAll(SparseVector features) {
        Prediction[] all = joint.predict(features);
        return new Predictions(all[0], all[1], all[2]);
    }

    /** What the three models say about one text. */
    public record Predictions(Prediction topic, Prediction polarity, Prediction emotion) {
    }

    public static Classifiers shipped() {
        Map<Task, LinearModel> models = new EnumMap<>(Task.class);
        for (Task task : Task.values()) {
            try (InputStream in = Classifiers.class.getResourceAsStream(RESOURCE_FOLDER + task.modelFile())) {
                if (in == null) {
                    throw new IllegalStateException("the shipped model " + task.modelFile() + " is missing from the classpath");
                }
                models.put(task, LinearModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped model " + task.modelFile(), e);
            }
        }
        return new Classifiers(models);
    }

    public static Classifiers from(Path folder) {
        Map<Task, LinearModel> models = new EnumMap<>(Task.class);
        for (Task task : Task.values()) {
            Path file = folder.resolve(task.modelFile());
            try (InputStream in = Files.newInputStream(file)) {
                models.put(task, LinearModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the model " + file, e);
            }
        }
        return new Classifiers(models);
    }
}
