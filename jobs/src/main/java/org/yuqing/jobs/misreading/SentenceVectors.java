package org.yuqing.jobs.misreading;

import java.util.List;
import org.yuqing.jobs.encoder.Encoding;
import org.yuqing.jobs.encoder.TextEncoder;
import org.yuqing.jobs.encoder.TokenCut;

/**
 * Turns texts into L2-normalised sentence vectors, so that a comment meets the clause it paraphrases where they
 * share few words (涨30元 and 提高到230元). The analysis chain's encoder: one pass per document serves both.
 */
public interface SentenceVectors {

    /** The vectors of a policy's texts (titles, clauses, their sentences), each read up to the encoder's own cut. */
    List<float[]> vectors(List<String> texts);

    /**
     * The vectors of comments, read as the analysis chain reads a document (its cut), so that a comment's vector is
     * the same whether the chain computed it or the watch did.
     */
    default List<float[]> documentVectors(List<String> texts) {
        return vectors(texts);
    }

    /** Every text read up to the encoder's own cut. */
    static SentenceVectors of(TextEncoder encoder) {
        return texts -> encoder.encode(texts).stream().map(Encoding::vector).toList();
    }

    /** A policy's texts read up to the encoder's own cut, comments as {@code documents} says. */
    static SentenceVectors of(TextEncoder encoder, TokenCut documents) {
        return new SentenceVectors() {
            @Override
            public List<float[]> vectors(List<String> texts) {
                return encoder.encode(texts).stream().map(Encoding::vector).toList();
            }

            @Override
            public List<float[]> documentVectors(List<String> texts) {
                return encoder.encode(texts, documents).stream().map(Encoding::vector).toList();
            }
        };
    }
}
