package org.yuqing.jobs.misreading;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Arrays;
import java.util.List;

/**
 * A logistic regression over a few named, standardised features: one weight vector for a yes/no decision, one per
 * class otherwise (one against the rest). Trained with LIBLINEAR; read and written as JSON.
 *
 * @param classes the class of each weight vector; for a yes/no decision a single "yes"
 */
public record LinearScorer(List<String> features, List<String> classes, double[] mean, double[] scale,
                           double[][] weights, double[] bias) {

    private static final double EPSILON = 0.001;

    private static final String YES = "yes";

    public LinearScorer {
        features = List.copyOf(features);
        classes = List.copyOf(classes);
    }

    /** For a yes/no scorer: the probability of yes. */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-margin(0, x)));
    }

    /** For a scorer of classes: the class with the highest margin. */
    public String best(double[] x) {
        int best = 0;
        for (int c = 1; c < classes.size(); c++) {
            if (margin(c, x) > margin(best, x)) {
                best = c;
            }
        }
        return classes.get(best);
    }

    private double margin(int c, double[] x) {
        double sum = bias[c];
        for (int f = 0; f < x.length; f++) {
            sum += weights[c][f] * (x[f] - mean[f]) / scale[f];
        }
        return sum;
    }

    /** A yes/no scorer that has learnt nothing: every probability is one half. */
    public static LinearScorer undecided(List<String> features) {
        double[] zeros = new double[features.size()];
        double[] ones = new double[features.size()];
        Arrays.fill(ones, 1);
        return new LinearScorer(features, List.of(YES), zeros, ones, new double[][] {zeros}, new double[] {0});
    }

    /** @param cost LIBLINEAR's C: less is more regularised */
    public static LinearScorer fitYesNo(List<String> features, List<double[]> x, List<Boolean> yes, double cost) {
        double[] y = yes.stream().mapToDouble(b -> b ? 1 : 0).toArray();
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
            return new LinearScorer(features, List.of(YES), s.mean, s.scale, new double[][] {new double[features.size()]},
                    new double[] {y.length > 0 && y[0] == 1 ? 10 : -10});
        }
        return new LinearScorer(features, List.of(YES), s.mean, s.scale, new double[][] {weights},
                new double[] {sign * w[features.size()]});
    }

    public static LinearScorer fitClasses(List<String> features, List<double[]> x, List<String> labels, double cost) {
        List<String> classes = labels.stream().distinct().sorted().toList();
        double[] y = labels.stream().mapToDouble(classes::indexOf).toArray();
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

    /** LIBLINEAR is referred to only while fitting: the job, which only scores, runs without it. */
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
