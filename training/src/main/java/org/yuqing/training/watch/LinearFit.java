package org.yuqing.training.watch;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;
import org.yuqing.jobs.misreading.LinearScorer;
import org.yuqing.jobs.misreading.WatchExamples;

/**
 * Fits the policy watch's small logistic models ({@link LinearScorer}) with LIBLINEAR on standardised features.
 * Here and not beside the scorer: the job only scores, and the solver stays out of its jar.
 */
public final class LinearFit {

    private static final double EPSILON = 0.001;

    private LinearFit() {
    }

    /** @param cost LIBLINEAR's C: less is more regularised */
    public static LinearScorer yesNo(WatchExamples.YesNo rows, double cost) {
        List<String> features = rows.features();
        List<double[]> x = rows.x();
        double[] y = rows.yes().stream().mapToDouble(b -> b ? 1 : 0).toArray();
        Standardisation s = Standardisation.of(features.size(), x);
        Model model = train(problem(x, y, s), cost);
        double[] w = model.getFeatureWeights();
        // LIBLINEAR's single vector scores its first label
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[features.size()];
        for (int f = 0; f < weights.length; f++) {
            weights[f] = sign * w[f];
        }
        if (model.getNrClass() < 2) {
            // every example on one side: a constant answer
            return LinearScorer.yesNo(features, s.mean, s.scale, new double[features.size()],
                    y.length > 0 && y[0] == 1 ? 10 : -10);
        }
        return LinearScorer.yesNo(features, s.mean, s.scale, weights, sign * w[features.size()]);
    }

    /** One against the rest, a weight vector per class. @param cost LIBLINEAR's C */
    public static LinearScorer classes(WatchExamples.Classes rows, double cost) {
        List<String> features = rows.features();
        List<double[]> x = rows.x();
        List<String> classes = rows.labels().stream().distinct().sorted().toList();
        double[] y = rows.labels().stream().mapToDouble(classes::indexOf).toArray();
        Standardisation s = Standardisation.of(features.size(), x);
        if (classes.size() < 2) {
            return new LinearScorer(features, classes, s.mean, s.scale, new double[][] {new double[features.size()]},
                    new double[] {0});
        }
        Model model = train(problem(x, y, s), cost);
        double[] w = model.getFeatureWeights();
        int[] labelsInModel = model.getLabels();
        int nr = model.getNrClass() == 2 ? 1 : model.getNrClass();
        double[][] weights = new double[classes.size()][features.size()];
        double[] bias = new double[classes.size()];
        for (int k = 0; k < nr; k++) {
            int c = labelsInModel[k];
            for (int f = 0; f <= features.size(); f++) {
                double value = w[f * nr + k];
                if (f == features.size()) {
                    bias[c] = value;
                } else {
                    weights[c][f] = value;
                }
            }
        }
        if (nr == 1) {
            // two classes: the second scores the opposite of the first
            int other = labelsInModel[1];
            for (int f = 0; f < features.size(); f++) {
                weights[other][f] = -weights[labelsInModel[0]][f];
            }
            bias[other] = -bias[labelsInModel[0]];
        }
        return new LinearScorer(features, classes, s.mean, s.scale, weights, bias);
    }

    private static Model train(Problem problem, double cost) {
        Linear.disableDebugOutput();
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPSILON));
    }

    private static Problem problem(List<double[]> x, double[] y, Standardisation s) {
        Problem problem = new Problem();
        int n = s.mean.length;
        problem.l = x.size();
        problem.n = n + 1;
        problem.bias = 1;
        problem.y = y;
        problem.x = new Feature[x.size()][];
        for (int i = 0; i < x.size(); i++) {
            Feature[] row = new Feature[n + 1];
            for (int f = 0; f < n; f++) {
                row[f] = new FeatureNode(f + 1, (x.get(i)[f] - s.mean[f]) / s.scale[f]);
            }
            row[n] = new FeatureNode(n + 1, 1);
            problem.x[i] = row;
        }
        return problem;
    }

    private record Standardisation(double[] mean, double[] scale) {

        static Standardisation of(int n, List<double[]> x) {
            double[] mean = new double[n];
            double[] scale = new double[n];
            for (double[] row : x) {
                for (int f = 0; f < n; f++) {
                    mean[f] += row[f] / x.size();
                }
            }
            for (double[] row : x) {
                for (int f = 0; f < n; f++) {
                    scale[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / x.size();
                }
            }
            for (int f = 0; f < n; f++) {
                scale[f] = scale[f] > 1e-12 ? Math.sqrt(scale[f]) : 1;
            }
            return new Standardisation(mean, scale);
        }
    }
}
