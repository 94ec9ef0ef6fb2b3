package org.yuqing.jobs.misreading;

import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.encoder.EncoderModel;
import org.yuqing.jobs.encoder.TextEncoder;

/**
 * The sentence encoder the policy watch retrieves by: the analysis chain's own transformer, so that one model is
 * loaded and a document's vector from the chain serves the watch too.
 */
public final class WatchEncoder {

    /** Policies' texts remembered: about 200 policies of 100 titles, clauses and sentences, 2 KB a vector. */
    private static final int REMEMBERED_TEXTS = 20_000;

    private WatchEncoder() {
    }

    public static SentenceVectors shared() {
        return Holder.VECTORS;
    }

    private static final class Holder {
        static final SentenceVectors VECTORS = new RememberedVectors(chainsVectors(), REMEMBERED_TEXTS);

        /** Comments cut as the chain cuts documents: a comment's vector is the same from the chain or from here. */
        private static SentenceVectors chainsVectors() {
            TextAnalysis chain = TextAnalysis.shared();
            TextEncoder encoder = chain.encoder();
            return SentenceVectors.of(encoder != null ? encoder : new TextEncoder(EncoderModel.shipped()), chain.cut());
        }
    }
}
