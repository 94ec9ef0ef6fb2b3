package org.yuqing.jobs.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;

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

    public LinearTrainer(double cost, boolean balanced) {
        this.cost = cost;
        this.balanced = balanced;
    }

    public LinearModel train(List<String> labels, List<Sample> samples) {
        Problem problem = new Problem();
        problem.l = samples.size();
        problem.n = FeatureHasher.DIMENSIONS + 1; // the last one is the bias
        problem.bias = 1;
        problem.x = new Feature[samples.size()][];
        problem.y = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            SparseVector x = samples.get(i).x();
            Feature[] row = new Feature[x.size() + 1];
            for (int j = 0; j < x.size(); j++) {
                row[j] = new FeatureNode(x.index()[j] + 1, x.value()[j]);
            }
            row[x.size()] = new FeatureNode(problem.n, 1);
            problem.x[i] = row;
            problem.y[i] = samples.get(i).label();
        }
        Linear.disableDebugOutput();
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, 0.01);
        if (balanced) {
            // Weigh each label inversely to its frequency, so that rare labels (fear, surprise) count in macro-F1.
            int[] counts = new int[labels.size()];
            samples.forEach(s -> counts[s.label()]++);
            double[] weights = new double[labels.size()];
            int[] weightLabels = new int[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                weightLabels[i] = i;
                weights[i] = counts[i] == 0 ? 1 : (double) samples.size() / (labels.size() * counts[i]);
            }
            parameter.setWeights(weights, weightLabels);
        }
        Model model = Linear.train(problem, parameter);
        return toLinearModel(labels, model);
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
