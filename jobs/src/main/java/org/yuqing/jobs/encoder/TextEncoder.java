package org.yuqing.jobs.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs an encoder model with ONNX Runtime. Texts are tokenized, sorted by length and run in micro-batches of
 * similar length, each padded only to its own longest text (no fixed 512): a batch of tweets costs what tweets cost.
 *
 * <p>The graph takes {@code input_ids} and {@code attention_mask} (and {@code token_type_ids} if it asks for
 * them). It gives either {@code last_hidden_state}, whose first position is the sentence vector (the original
 * BGE), or {@code sentence_vector} and one {@code <head>_logits} output per classification head, the head's labels
 * in the model's metadata under {@code labels.<head>}, comma-separated (the fine-tuned model).
 *
 * <p>Thread-safe: ONNX Runtime sessions may be run from several threads.
 */
public final class TextEncoder implements AutoCloseable {

    /**
     * The cut of {@link #encode(List)}: the most the shipped model serves (it was fine-tuned on 96, the positions
     * past are BGE's own); longer texts keep their head (the head of a message says what it is about). The policy
     * watch's clauses are encoded with it; the analysis chain cuts documents with its own, shorter
     * {@code TextAnalysis.DOCUMENT_CUT}.
     */
    public static final int DEFAULT_MAX_TOKENS = 128;
    /** Texts per run: larger batches gain little on one core and pad more. */
    public static final int DEFAULT_BATCH = 16;

    private static final String HIDDEN = "last_hidden_state";
    private static final String VECTOR = "sentence_vector";
    private static final String LOGITS = "_logits";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final Map<String, List<String>> heads;
    private final boolean tokenTypes;
    private final TokenCut cut;
    private final int batchSize;
    private final String name;

    /**
     * @param threads ONNX Runtime's threads for one run; 1 in a Flink subtask, where parallelism spreads the load
     */
    public TextEncoder(EncoderModel model, int threads, int maxTokens, int batchSize) {
        try {
            this.tokenizer = WordPieceTokenizer.read(new ByteArrayInputStream(model.vocabulary()));
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(model.graph(), options);
            this.heads = heads(session);
            this.tokenTypes = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary of " + model.name(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + model.name(), e);
        }
        this.cut = TokenCut.head(maxTokens);
        this.batchSize = batchSize;
        this.name = model.name();
    }

    public TextEncoder(EncoderModel model) {
        this(model, 1, DEFAULT_MAX_TOKENS, DEFAULT_BATCH);
    }

    private static Map<String, List<String>> heads(OrtSession session) throws OrtException {
        Map<String, String> metadata = session.getMetadata().getCustomMetadata();
        Map<String, List<String>> heads = new LinkedHashMap<>();
        for (String output : session.getOutputNames()) {
            if (output.endsWith(LOGITS)) {
                String head = output.substring(0, output.length() - LOGITS.length());
                String labels = metadata.get("labels." + head);
                if (labels == null) {
                    throw new IllegalStateException("the model's metadata has no labels." + head);
                }
                heads.put(head, List.of(labels.split(",")));
            }
        }
        return Map.copyOf(heads);
    }

    /** The classification heads the model has. */
    public Set<String> heads() {
        return heads.keySet();
    }

    /** A head's labels, in the order of its probabilities. */
    public List<String> labels(String head) {
        List<String> labels = heads.get(head);
        if (labels == null) {
            throw new IllegalArgumentException(name + " has no head " + head + " (it has " + heads.keySet() + ")");
        }
        return labels;
    }

    public Encoding encode(String text) {
        return encode(List.of(text)).get(0);
    }

    /** One encoding per text, in the order of the texts, each cut to this encoder's maxTokens; null is read as empty text. */
    public List<Encoding> encode(List<String> texts) {
        return encode(texts, cut);
    }

    /** One encoding per text, in the order of the texts, each cut as {@code cut} says; null is read as empty text. */
    public List<Encoding> encode(List<String> texts, TokenCut cut) {
        int[][] tokens = new int[texts.size()][];
        for (int i = 0; i < tokens.length; i++) {
            String text = texts.get(i);
            tokens[i] = tokenizer.encode(text == null ? "" : text, cut);
        }
        Integer[] order = new Integer[tokens.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> tokens[i].length));
        Encoding[] out = new Encoding[tokens.length];
        for (int start = 0; start < order.length; start += batchSize) {
            Integer[] batch = Arrays.copyOfRange(order, start, Math.min(order.length, start + batchSize));
            List<Encoding> encoded = run(tokens, batch);
            for (int k = 0; k < batch.length; k++) {
                out[batch[k]] = encoded.get(k);
            }
        }
        return Arrays.asList(out);
    }

    private List<Encoding> run(int[][] tokens, Integer[] batch) {
        int width = 0;
        for (int i : batch) {
            width = Math.max(width, tokens[i].length);
        }
        long[] ids = new long[batch.length * width];
        long[] mask = new long[ids.length];
        for (int k = 0; k < batch.length; k++) {
            int[] t = tokens[batch[k]];
            for (int j = 0; j < t.length; j++) {
                ids[k * width + j] = t[j];
                mask[k * width + j] = 1;
            }
        }
        long[] shape = {batch.length, width};
        Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (tokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return read(result, batch.length, width);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(name + " failed on a batch of " + batch.length + " texts", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private List<Encoding> read(OrtSession.Result result, int rows, int width) throws OrtException {
        float[][] vectors;
        if (result.get(VECTOR).isPresent()) {
            vectors = rowsOf(((OnnxTensor) result.get(VECTOR).get()).getFloatBuffer(), rows, 1);
        } else {
            // the first of each row's width positions is [CLS]
            vectors = rowsOf(((OnnxTensor) result.get(HIDDEN).orElseThrow()).getFloatBuffer(), rows, width);
        }
        Map<String, float[][]> probabilities = new LinkedHashMap<>();
        for (String head : heads.keySet()) {
            float[][] logits = rowsOf(((OnnxTensor) result.get(head + LOGITS).orElseThrow()).getFloatBuffer(), rows, 1);
            for (float[] row : logits) {
                softmax(row);
            }
            probabilities.put(head, logits);
        }
        List<Encoding> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            normalise(vectors[r]);
            Map<String, float[]> row = new LinkedHashMap<>();
            for (Map.Entry<String, float[][]> head : probabilities.entrySet()) {
                row.put(head.getKey(), head.getValue()[r]);
            }
            out.add(new Encoding(vectors[r], Map.copyOf(row)));
        }
        return out;
    }

    /** Row r's first (size / rows / positions) values at position 0 of a [rows, positions, dims] tensor. */
    private static float[][] rowsOf(FloatBuffer buffer, int rows, int positions) {
        int dims = buffer.remaining() / rows / positions;
        float[][] out = new float[rows][dims];
        for (int r = 0; r < rows; r++) {
            buffer.get(r * positions * dims, out[r]);
        }
        return out;
    }

    private static void softmax(float[] row) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : row) {
            max = Math.max(max, v);
        }
        float sum = 0;
        for (int i = 0; i < row.length; i++) {
            row[i] = (float) Math.exp(row[i] - max);
            sum += row[i];
        }
        for (int i = 0; i < row.length; i++) {
            row[i] /= sum;
        }
    }

    private static void normalise(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close " + name, e);
        }
    }
}
