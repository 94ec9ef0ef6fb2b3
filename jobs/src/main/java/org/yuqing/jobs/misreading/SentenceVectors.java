package org.yuqing.jobs.misreading;

import java.util.List;
import org.yuqing.jobs.encoder.Encoding;
import org.yuqing.jobs.encoder.TextEncoder;

/**
 * Turns texts into L2-normalised sentence vectors, so that a comment meets the clause it paraphrases where they
 * share few words (涨30元 and 提高到230元). The analysis chain's encoder: one pass per document serves both.
 */
public interface SentenceVectors {

    List<float[]> vectors(List<String> texts);

    static SentenceVectors of(TextEncoder encoder) {
        return texts -> encoder.encode(texts).stream().map(Encoding::vector).toList();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
