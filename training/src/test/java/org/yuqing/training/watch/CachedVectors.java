package org.yuqing.training.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yuqing.jobs.encoder.EncoderModel;
import org.yuqing.jobs.encoder.TextEncoder;
import org.yuqing.jobs.misreading.SentenceVectors;

/** The encoder's vectors, each text encoded once: cross-validation reads every comment in every fold. */
final class CachedVectors implements SentenceVectors {

    private static CachedVectors shared;

    private final SentenceVectors encoder;
    private final Map<String, float[]> cache = new HashMap<>();

    private CachedVectors(SentenceVectors encoder) {
        this.encoder = encoder;
    }

    /** One encoder for the whole test run: loading the model takes seconds. */
    static synchronized CachedVectors shared() {
        if (shared == null) {
            shared = new CachedVectors(SentenceVectors.of(
                    new TextEncoder(EncoderModel.shipped(), 2, TextEncoder.DEFAULT_MAX_TOKENS, TextEncoder.DEFAULT_BATCH)));
        }
        return shared;
    }

    @Override
    public synchronized List<float[]> vectors(List<String> texts) {
        List<String> missing = texts.stream().filter(text -> !cache.containsKey(text)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> encoded = encoder.vectors(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), encoded.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(text -> out.add(cache.get(text)));
        return out;
    }
}
