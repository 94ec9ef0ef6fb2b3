package org.yuqing.jobs.classify;

/**
 * A classifier's answer.
 *
 * @param label the most probable label
 * @param probability its probability, in [0, 1]
 * @param probabilities the probability of every label, in the order of {@link LinearModel#labels()}
 */
public record Prediction(String label, double probability, double[] probabilities) {
}
