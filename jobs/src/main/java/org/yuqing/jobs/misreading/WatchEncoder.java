package org.yuqing.jobs.misreading;

import org.yuqing.jobs.encoder.EncoderModel;
import org.yuqing.jobs.encoder.TextEncoder;

/** The sentence encoder the policy watch retrieves by, loaded once per JVM: loading the model takes seconds. */
final class WatchEncoder {

    private WatchEncoder() {
    }

    static SentenceVectors shared() {
        return Holder.VECTORS;
    }

    private static final class Holder {
        static final SentenceVectors VECTORS = SentenceVectors.of(new TextEncoder(EncoderModel.originalBge()));
    }
}
