package org.yuqing.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.yuqing.jobs.classify.FeatureHasher;
import org.yuqing.jobs.classify.LinearModel;
import org.yuqing.jobs.classify.SparseVector;

/**
 * Trains a {@link LinearModel} with LIBLINEAR's L2-regularised logistic regression (one-vs-rest for more than
 * two labels), which gives probabilities, not only decisions.
 */
public final class LinearTrainer {

    /** A featurised example: the vector and the index of its label in the task's labels. */
    public record Sample(SparseVector x, int label) {
    }

    private final double cost;
    private final boolean balanced;
    private final boolean naiveBayesScaling;

    /**
     * @param balanced weigh labels against their frequency
     * @param naiveBayesScaling train NBSVM-style, one binary model per label on naive-Bayes-scaled features
     */
    public LinearTrainer(double cost, boolean balanced, boolean naiveBayesScaling) {
        this.cost = cost;
        this.balanced = balanced;
        this.naiveBayesScaling = naiveBayesScaling;
    }

    public LinearModel train(List<String> labels, List<Sample> samples) {
        return naiveBayesScaling ? trainScaled(labels, samples) : trainPlain(labels, samples);
    }

    private LinearModel trainPlain(List<String> labels, List<Sample> samples) {
        double[] y = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            y[i] = samples.get(i).label();
        }
        Model model = Linear.train(problem(samples, y, null), parameter(labels.size(), samples, y));
        return toLinearModel(labels, model);
    }

    /**
     * NBSVM (Wang and Manning, 2012) with logistic regression: one binary model per label on features scaled by
     * their naive Bayes log-count ratio for that label. The ratio folds into the weights afterwards, so prediction
     * is the same dot product as for any linear model.
     */
    private LinearModel trainScaled(List<String> labels, List<Sample> samples) {
        int vectors = labels.size() == 2 ? 1 : labels.size();
        float[] weights = new float[FeatureHasher.DIMENSIONS * vectors];
        float[] bias = new float[vectors];
        for (int v = 0; v < vectors; v++) {
            double[] y = new double[samples.size()];
            for (int i = 0; i < samples.size(); i++) {
                y[i] = samples.get(i).label() == v ? 0 : 1; // 0: this label, 1: the rest
            }
            double[] ratio = logCountRatio(samples, y);
            Model model = Linear.train(problem(samples, y, ratio), parameter(2, samples, y));
            // The weight vector points towards the model's first label; make it point towards "this label".
            double sign = model.getLabels()[0] == 0 ? 1 : -1;
            double[] w = model.getFeatureWeights();
            for (int f = 0; f < FeatureHasher.DIMENSIONS; f++) {
                weights[f * vectors + v] = (float) (sign * w[f] * ratio[f]);
            }
            bias[v] = (float) (sign * w[FeatureHasher.DIMENSIONS]);
        }
        return new LinearModel(labels, weights, bias);
    }

    /** log of (how often a feature occurs in the label's texts) over (how often in the others'), smoothed by 1. */
    private static double[] logCountRatio(List<Sample> samples, double[] y) {
        double[] in = new double[FeatureHasher.DIMENSIONS];
        double[] out = new double[FeatureHasher.DIMENSIONS];
        java.util.Arrays.fill(in, 1);
        java.util.Arrays.fill(out, 1);
        for (int i = 0; i < samples.size(); i++) {
            double[] counts = y[i] == 0 ? in : out;
            for (int index : samples.get(i).x().index()) {
                counts[index]++;
            }
        }
        double inTotal = java.util.Arrays.stream(in).sum();
        double outTotal = java.util.Arrays.stream(out).sum();
        double[] ratio = new double[FeatureHasher.DIMENSIONS];
        for (int f = 0; f < ratio.length; f++) {
            ratio[f] = Math.log((in[f] / inTotal) / (out[f] / outTotal));
        }
        return ratio;
    }

    private static Problem problem(List<Sample> samples, double[] y, double[] scale) {
        Problem problem = new Problem();
        problem.l = samples.size();
        problem.n = FeatureHasher.DIMENSIONS + 1; // the last one is the bias
        problem.bias = 1;
        problem.x = new Feature[samples.size()][];
        problem.y = y;
        for (int i = 0; i < samples.size(); i++) {
            SparseVector x = samples.get(i).x();
            Feature[] row = new Feature[x.size() + 1];
            for (int j = 0; j < x.size(); j++) {
                int index = x.index()[j];
                row[j] = new FeatureNode(index + 1, scale == null ? x.value()[j] : x.value()[j] * scale[index]);
            }
            Arrays.sort(row, 0, x.size(), Comparator.comparingInt(Feature::getIndex)); // LIBLINEAR needs ascending
            row[x.size()] = new FeatureNode(problem.n, 1);
            problem.x[i] = row;
        }
        return problem;
    }

    private Parameter parameter(int classes, List<Sample> samples, double[] y) {
        Linear.disableDebugOutput();
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, 0.01);
        if (balanced) {
            // Weigh each label inversely to its frequency, so that rare labels (fear, surprise) count in macro-F1.
            int[] counts = new int[classes];
            for (double label : y) {
                counts[(int) label]++;
            }
            double[] weights = new double[classes];
            int[] weightLabels = new int[classes];
            for (int i = 0; i < classes; i++) {
                weightLabels[i] = i;
                weights[i] = counts[i] == 0 ? 1 : (double) samples.size() / (classes * counts[i]);
            }
            parameter.setWeights(weights, weightLabels);
        }
        return parameter;
    }

    /** LIBLINEAR orders labels as they first appear in the data; ours keeps that order in the model file. */
    private static LinearModel toLinearModel(List<String> labels, Model model) {
        int[] order = model.getLabels();
        String[] modelLabels = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            modelLabels[i] = labels.get(order[i]);
        }
        int vectors = order.length == 2 ? 1 : order.length;
        double[] w = model.getFeatureWeights(); // w[feature * vectors + vector], bias as the last feature
        float[] weights = new float[FeatureHasher.DIMENSIONS * vectors];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) w[i];
        }
        float[] bias = new float[vectors];
        for (int v = 0; v < vectors; v++) {
            bias[v] = (float) w[FeatureHasher.DIMENSIONS * vectors + v];
        }
        return new LinearModel(List.of(modelLabels), weights, bias);
    }
}
