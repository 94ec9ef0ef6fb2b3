package org.yuqing.jobs.classify;

/**
 * Feature indices in ascending order, each once, with their values.
 *
 * @param index hashed feature indices, ascending, each in {@code [0, FeatureHasher.DIMENSIONS)}
 */
public record SparseVector(int[] index, float[] value) {

    public int size() {
        return index.length;
    }
}
