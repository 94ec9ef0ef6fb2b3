package org.yuqing.training.watch;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.yuqing.jobs.misreading.LinearScorer;
import org.yuqing.jobs.misreading.WatchExamples;

/**
 * Fits the policy watch's small logistic models ({@link LinearScorer}) on standardised features: yes/no and class
 * models with LIBLINEAR, the link's choice among candidates by Newton's method.
 * Here and not beside the scorer: the job only scores, and the solver stays out of its jar.
 */
public final class LinearFit {

    private static final double EPSILON = 0.001;
    /** Newton steps for a choice model: a convex problem of a few dozen weights converges in a handful. */
    private static final int NEWTON_STEPS = 50;
    /** The Hessian is symmetric but for rounding in the order its terms were summed. */
    private static final double SYMMETRY_TOLERANCE = 1e-9;
    /** A Newton step this short changes nothing worth another: the fit has converged. */
    private static final double MIN_STEP = 1e-6;

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

    /**
     * A conditional logit: each choice's options compete, and the weights make the right one win rather than make
     * each option right or wrong on its own, so that a comment about a policy beside a similar one is weighed by what
     * sets the two apart. "None of them" is an option too, whose score is fixed at zero: the scorer's margin is an
     * option's score, its bias learnt against none, and an option's probability is
     * {@code exp(margin) / (1 + sum of exp(margins))}. L2-regularised as LIBLINEAR's L2R_LR is:
     * {@code |w|^2 / 2 + cost * loss}, with the bias among the weights.
     */
    public static LinearScorer choice(WatchExamples.Choices rows, double cost) {
        List<String> features = rows.features();
        List<WatchExamples.Choice> choices = rows.choices().stream().filter(c -> !c.options().isEmpty()).toList();
        Standardisation s = Standardisation.of(features.size(),
                choices.stream().flatMap(c -> c.options().stream()).toList());
        int n = features.size() + 1;
        double[] theta = new double[n];
        double objective = objective(choices, s, theta, cost, null, null);
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            objective(choices, s, theta, cost, gradient, hessian);
            double[] direction = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false),
                    SYMMETRY_TOLERANCE, CholeskyDecomposition.DEFAULT_ABSOLUTE_POSITIVITY_THRESHOLD)
                    .getSolver().solve(new ArrayRealVector(gradient, false)).toArray();
            // halved until the objective falls: Newton's full step can overshoot far from the optimum
            double stepSize = 1;
            double[] next = theta;
            double nextObjective = objective;
            while (stepSize > MIN_STEP) {
                double[] tried = new double[n];
                for (int k = 0; k < n; k++) {
                    tried[k] = theta[k] - stepSize * direction[k];
                }
                double value = objective(choices, s, tried, cost, null, null);
                if (value <= objective) {
                    next = tried;
                    nextObjective = value;
                    break;
                }
                stepSize /= 2;
            }
            boolean converged = objective - nextObjective < EPSILON * EPSILON * Math.max(1, objective);
            theta = next;
            objective = nextObjective;
            if (converged) {
                break;
            }
        }
        return LinearScorer.yesNo(features, s.mean, s.scale, Arrays.copyOf(theta, features.size()),
                theta[features.size()]);
    }

    /**
     * The regularised negative log-likelihood of the choices at {@code theta} (the weights, then the bias); when
     * {@code gradient} is given, adds its gradient there and to {@code hessian} the expected-information part of its
     * Hessian, which is positive definite and makes the Newton step a descent direction whatever the data.
     */
    private static double objective(List<WatchExamples.Choice> choices, Standardisation s, double[] theta,
                                    double cost, double[] gradient, double[][] hessian) {
        int n = theta.length;
        double value = 0;
        for (double t : theta) {
            value += t * t / 2;
        }
        if (gradient != null) {
            for (int k = 0; k < n; k++) {
                gradient[k] += theta[k];
                hessian[k][k] += 1;
            }
        }
        for (WatchExamples.Choice choice : choices) {
            int m = choice.options().size();
            double[][] z = new double[m][];
            double[] score = new double[m];
            // none's score is 0; scores are shifted by the largest so that exp cannot overflow
            double max = 0;
            for (int i = 0; i < m; i++) {
                z[i] = s.standardised(choice.options().get(i));
                for (int k = 0; k < n; k++) {
                    score[i] += theta[k] * z[i][k];
                }
                max = Math.max(max, score[i]);
            }
            double none = Math.exp(-max);
            double total = none;
            double right = 0;
            double[] p = new double[m];
            for (int i = 0; i < m; i++) {
                p[i] = Math.exp(score[i] - max);
                total += p[i];
                if (choice.right().get(i)) {
                    right += p[i];
                }
            }
            boolean noneRight = right == 0 && !choice.right().contains(true);
            value += cost * (Math.log(total) - Math.log(noneRight ? none : right));
            if (gradient == null) {
                continue;
            }
            double[] mean = new double[n];
            double[] rightMean = new double[n];
            for (int i = 0; i < m; i++) {
                double q = choice.right().get(i) ? p[i] / right : 0;
                for (int k = 0; k < n; k++) {
                    mean[k] += p[i] / total * z[i][k];
                    rightMean[k] += q * z[i][k];
                }
            }
            for (int a = 0; a < n; a++) {
                gradient[a] += cost * (mean[a] - rightMean[a]);
                for (int b = 0; b < n; b++) {
                    hessian[a][b] -= cost * mean[a] * mean[b];
                }
            }
            for (int i = 0; i < m; i++) {
                double w = cost * p[i] / total;
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        hessian[a][b] += w * z[i][a] * z[i][b];
                    }
                }
            }
        }
        return value;
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
            double[] z = s.standardised(x.get(i));
            Feature[] row = new Feature[n + 1];
            for (int f = 0; f <= n; f++) {
                row[f] = new FeatureNode(f + 1, z[f]);
            }
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

        /** A row standardised, with a last column of 1 for the bias. */
        double[] standardised(double[] row) {
            double[] z = new double[mean.length + 1];
            for (int f = 0; f < mean.length; f++) {
                z[f] = (row[f] - mean[f]) / scale[f];
            }
            z[mean.length] = 1;
            return z;
        }
    }
}
