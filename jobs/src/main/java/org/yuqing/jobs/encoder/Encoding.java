package org.yuqing.jobs.encoder;

import java.util.Map;

/**
 * What the encoder gives for one text.
 *
 * @param vector the sentence vector ([CLS]), L2-normalised: the dot product of two is their cosine similarity
 * @param probabilities each classification head's probabilities, by head name, in the order of
 *     {@link TextEncoder#labels(String)}; empty for a model without heads
 */
public record Encoding(float[] vector, Map<String, float[]> probabilities) {

    public double cosine(Encoding other) {
        double dot = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * other.vector[i];
        }
        return dot;
    }
}
