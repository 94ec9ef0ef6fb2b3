package org.yuqing.jobs.classify;

/**
 * Feature indices, each once, in no particular order (sorting them would cost more than predicting with them),
 * with their values.
 *
 * @param index hashed feature indices, each in {@code [0, FeatureHasher.DIMENSIONS)}
 */
public record SparseVector(int[] index, float[] value) {

    public int size() {
        return index.length;
    }
}
