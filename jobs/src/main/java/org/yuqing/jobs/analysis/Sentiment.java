package org.yuqing.jobs.analysis;

import org.yuqing.jobs.classify.Prediction;

/**
 * Polarity on one scale: the score is P(positive) - P(negative), in [-1, 1]; texts the model is unsure about,
 * within {@link #NEUTRAL_BAND} of 0, are neutral. The polarity corpora have no neutral class, so neutral is a
 * confidence band rather than a trained label.
 */
public record Sentiment(String label, double score) {

    public static final double NEUTRAL_BAND = 0.3;

    public static Sentiment of(Prediction polarity, java.util.List<String> labels) {
        double positive = polarity.probabilities()[labels.indexOf("positive")];
        double score = Math.max(-1, Math.min(1, 2 * positive - 1));
        String label = score >= NEUTRAL_BAND ? "positive" : score <= -NEUTRAL_BAND ? "negative" : "neutral";
        return new Sentiment(label, Math.round(score * 1000) / 1000.0);
    }
}
