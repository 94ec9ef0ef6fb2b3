package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policies' texts encoded once per process. The watch rebuilds its index whenever a policy is registered; without
 * this, each registration re-encoded every title, clause and sentence of every policy registered before it (about
 * ten seconds of CPU for a few dozen policies, in the middle of the stream). Comments pass through: each is new.
 * The least recently used texts are forgotten beyond a capacity, and are encoded again if they come back.
 */
final class RememberedVectors implements SentenceVectors {

    private final SentenceVectors encoder;
    private final Map<String, float[]> remembered;

    RememberedVectors(SentenceVectors encoder, int capacity) {
        this.encoder = encoder;
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (remembered) {
            for (String text : texts) {
                float[] vector = remembered.get(text);
                vectors.add(vector);
                if (vector == null) {
                    missing.add(text);
                }
            }
        }
        if (missing.isEmpty()) {
            return vectors;
        }
        // encoded outside the lock: another operator instance may read what is remembered meanwhile
        List<String> distinct = missing.stream().distinct().toList();
        List<float[]> encoded = encoder.vectors(distinct);
        Map<String, float[]> fresh = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            fresh.put(distinct.get(i), encoded.get(i));
        }
        synchronized (remembered) {
            remembered.putAll(fresh);
        }
        for (int i = 0; i < texts.size(); i++) {
            if (vectors.get(i) == null) {
                vectors.set(i, fresh.get(texts.get(i)));
            }
        }
        return vectors;
    }

    @Override
    public List<float[]> documentVectors(List<String> texts) {
        return encoder.documentVectors(texts);
    }
}
