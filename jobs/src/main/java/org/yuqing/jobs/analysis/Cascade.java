package org.yuqing.jobs.analysis;

import java.util.Locale;

/**
 * When the linear models' answer is good enough and when a document goes to the transformer. The linear models
 * cost microseconds, the transformer milliseconds: a document goes to the transformer only when one of the three
 * linear answers is unsure, and the transformer then answers the tasks whose linear answer was unsure.
 *
 * @param topic the linear topic model answers when its top probability is at least this
 * @param sentiment the linear polarity answers when |P(positive) - P(negative)| is at least this and the linear
 *     emotion is not neutral (the polarity corpora have no neutral class, so a sure polarity says little about
 *     whether a post is neutral)
 * @param emotion the linear emotion model answers when its top probability is at least this
 */
public record Cascade(double topic, double sentiment, double emotion) {

    /**
     * For the shipped transformer, chosen on the calibration part (half of fifth 1, which the transformer never
     * trained on; {@code ./yuqing eval --part calibration --sweep}), never on the held-out fifth. There the
     * transformer alone scored topic macro-F1 0.754, review polarity 0.893, SMP2020 three-way polarity 0.762 and
     * emotion 0.460; the linear models score 0.927, about 0.90, 0.604 and 0.627 on the held-out fifth (on the
     * calibration part they score near 1, having trained on it, so their side of the sweep says nothing). So
     * the transformer decides polarity unless the linear polarity is clear-cut, re-reads only the least sure
     * topics, and leaves emotion to the linear model.
     */
    public static final Cascade DEFAULT = new Cascade(0.5, 0.9, 0.0);
    /** Every document to the transformer. */
    public static final Cascade TRANSFORMER_ONLY = new Cascade(2, 2, 2);
    /** No document to the transformer: the linear models alone, as before the transformer. */
    public static final Cascade LINEAR_ONLY = new Cascade(0, 0, 0);

    /** "default", "transformer", "linear", or three thresholds "topic,sentiment,emotion". */
    public static Cascade parse(String spec) {
        switch (spec.trim().toLowerCase(Locale.ROOT)) {
            case "default":
                return DEFAULT;
            case "transformer":
                return TRANSFORMER_ONLY;
            case "linear":
                return LINEAR_ONLY;
            default:
                String[] parts = spec.split(",");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("a cascade is default, transformer, linear or topic,sentiment,emotion: " + spec);
                }
                return new Cascade(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        }
    }

    boolean topicIsSure(double probability) {
        return probability >= topic;
    }

    boolean sentimentIsSure(double score, String linearEmotion) {
        return Math.abs(score) >= sentiment && (sentiment <= 0 || !linearEmotion.equals("neutral"));
    }

    boolean emotionIsSure(double probability) {
        return probability >= emotion;
    }
}
