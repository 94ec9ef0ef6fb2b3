package org.yuqing.jobs.misreading;

import java.util.Arrays;
import java.util.List;

/**
 * A logistic regression over a few named, standardised features: one weight vector for a yes/no decision, one per
 * class otherwise (one against the rest). Read and written as JSON; fitted in the training module
 * ({@code org.yuqing.training.watch.LinearFit}), so that the job, which only scores, carries no solver.
 *
 * @param classes the class of each weight vector; for a yes/no decision a single "yes"
 */
public record LinearScorer(List<String> features, List<String> classes, double[] mean, double[] scale,
                           double[][] weights, double[] bias) {

    private static final String YES = "yes";

    public LinearScorer {
        features = List.copyOf(features);
        classes = List.copyOf(classes);
    }

    /** For a yes/no scorer: the probability of yes. */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-margin(0, x)));
    }

    /** For a yes/no scorer: the log-odds of yes, or an option's score in a choice. */
    public double margin(double[] x) {
        return margin(0, x);
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
        return yesNo(features, zeros, ones, zeros, 0);
    }

    /** A yes/no scorer: {@code weights} apply to features standardised by {@code mean} and {@code scale}. */
    public static LinearScorer yesNo(List<String> features, double[] mean, double[] scale, double[] weights,
                                     double bias) {
        return new LinearScorer(features, List.of(YES), mean, scale, new double[][] {weights}, new double[] {bias});
    }
}
