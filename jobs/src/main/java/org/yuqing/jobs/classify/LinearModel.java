package org.yuqing.jobs.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Logistic-regression weights over hashed features, one vector per label (one-vs-rest), or a single vector for
 * two labels (positive means the first). Prediction is a dot product per vector over the few hundred features of
 * a text, so it runs at stream speed.
 *
 * <p>The file form is ours, not LIBLINEAR's text form: only the features whose weights matter are kept, each
 * weight quantised to 16 bits, gzipped; that keeps a model of a million buckets to a few megabytes.
 */
public final class LinearModel {

    private static final int MAGIC = 0x59514C4D; // "YQLM"
    private static final int VERSION = 1;

    private final List<String> labels;
    private final int vectors;
    private final float[] weights; // weights[feature * vectors + vector]
    private final float[] bias;

    public LinearModel(List<String> labels, float[] weights, float[] bias) {
        this.labels = List.copyOf(labels);
        this.vectors = labels.size() == 2 ? 1 : labels.size();
        if (weights.length != FeatureHasher.DIMENSIONS * vectors || bias.length != vectors) {
            throw new IllegalArgumentException("weights do not fit " + labels.size() + " labels");
        }
        this.weights = weights;
        this.bias = bias;
    }

    public List<String> labels() {
        return labels;
    }

    public Prediction predict(SparseVector x) {
        double[] scores = bias.length == 1 ? new double[] {bias[0]} : toDouble(bias);
        int[] index = x.index();
        float[] value = x.value();
        for (int i = 0; i < index.length; i++) {
            int base = index[i] * vectors;
            for (int v = 0; v < vectors; v++) {
                scores[v] += weights[base + v] * value[i];
            }
        }
        return fromScores(scores);
    }

    /** How many weight vectors: one per label, or one for two labels. */
    int vectors() {
        return vectors;
    }

    float weight(int feature, int vector) {
        return weights[feature * vectors + vector];
    }

    float bias(int vector) {
        return bias[vector];
    }

    /** Turns decision values (with the bias) into probabilities and the winning label. */
    Prediction fromScores(double[] scores) {
        double[] probabilities = new double[labels.size()];
        if (vectors == 1) {
            probabilities[0] = sigmoid(scores[0]);
            probabilities[1] = 1 - probabilities[0];
        } else {
            // One-vs-rest probabilities, normalised to sum to one, as LIBLINEAR's predict_probability does.
            double sum = 0;
            for (int v = 0; v < vectors; v++) {
                probabilities[v] = sigmoid(scores[v]);
                sum += probabilities[v];
            }
            for (int v = 0; v < vectors; v++) {
                probabilities[v] /= sum;
            }
        }
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Prediction(labels.get(best), probabilities[best], probabilities);
    }

    /** Writes the model, keeping at most {@code maxFeatures} features, those with the largest weights. */
    public void write(OutputStream out, int maxFeatures) throws IOException {
        int features = FeatureHasher.DIMENSIONS;
        float[] importance = new float[features];
        float maxAbs = 0;
        for (int f = 0; f < features; f++) {
            for (int v = 0; v < vectors; v++) {
                importance[f] = Math.max(importance[f], Math.abs(weights[f * vectors + v]));
            }
            maxAbs = Math.max(maxAbs, importance[f]);
        }
        float threshold = threshold(importance, maxFeatures);
        float scale = maxAbs == 0 ? 1 : maxAbs / Short.MAX_VALUE;
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(FeatureHasher.BITS);
        data.writeInt(labels.size());
        for (String label : labels) {
            data.writeUTF(label);
        }
        for (float b : bias) {
            data.writeFloat(b);
        }
        data.writeFloat(scale);
        int kept = 0;
        for (int f = 0; f < features; f++) {
            if (importance[f] > threshold) {
                kept++;
            }
        }
        data.writeInt(kept);
        int previous = 0;
        for (int f = 0; f < features; f++) {
            if (importance[f] > threshold) {
                writeVarInt(data, f - previous); // small gaps compress well
                previous = f;
                for (int v = 0; v < vectors; v++) {
                    data.writeShort(Math.round(weights[f * vectors + v] / scale));
                }
            }
        }
        data.flush();
        gzip.finish(); // the caller owns and closes the stream
    }

    private static float threshold(float[] importance, int maxFeatures) {
        float[] sorted = importance.clone();
        java.util.Arrays.sort(sorted);
        int cut = sorted.length - maxFeatures - 1;
        return cut < 0 ? 0f : Math.max(0f, sorted[cut]);
    }

    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Yuqing linear model");
        }
        int version = data.readInt();
        int bits = data.readInt();
        if (version != VERSION || bits != FeatureHasher.BITS) {
            throw new IOException("model version " + version + " with " + bits + " bits; this build reads version "
                    + VERSION + " with " + FeatureHasher.BITS + " bits: retrain with ./yuqing train");
        }
        int labelCount = data.readInt();
        String[] labels = new String[labelCount];
        for (int i = 0; i < labelCount; i++) {
            labels[i] = data.readUTF();
        }
        int vectors = labelCount == 2 ? 1 : labelCount;
        float[] bias = new float[vectors];
        for (int v = 0; v < vectors; v++) {
            bias[v] = data.readFloat();
        }
        float scale = data.readFloat();
        int kept = data.readInt();
        float[] weights = new float[FeatureHasher.DIMENSIONS * vectors];
        int feature = 0;
        for (int k = 0; k < kept; k++) {
            feature += readVarInt(data);
            for (int v = 0; v < vectors; v++) {
                weights[feature * vectors + v] = data.readShort() * scale;
            }
        }
        return new LinearModel(List.of(labels), weights, bias);
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
