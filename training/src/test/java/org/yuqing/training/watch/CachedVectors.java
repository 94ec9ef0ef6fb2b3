package org.yuqing.training.watch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.encoder.EncoderModel;
import org.yuqing.jobs.encoder.TextEncoder;
import org.yuqing.jobs.encoder.TokenCut;
import org.yuqing.jobs.misreading.SentenceVectors;

/** The encoder's vectors, each text encoded once: cross-validation reads every comment in every fold. */
final class CachedVectors implements SentenceVectors {

    private static final String FILE_PROPERTY = "yuqing.watch.vectorCache";
    /** How comments are cut: {@code -Dyuqing.watch.documentCut=96} measures another cut than the chain's. */
    private static final String CUT_PROPERTY = "yuqing.watch.documentCut";

    private static CachedVectors shared;

    private final SentenceVectors encoder;
    private final String documentKey;
    private final Map<String, float[]> cache = new HashMap<>();

    private CachedVectors(SentenceVectors encoder, TokenCut documentCut) {
        this.encoder = encoder;
        this.documentKey = "document cut " + documentCut + "\t";
    }

    /** One encoder for the whole test run: loading the model takes seconds. */
    static synchronized CachedVectors shared() {
        if (shared == null) {
            TokenCut documentCut = TokenCut.parse(System.getProperty(CUT_PROPERTY, TextAnalysis.DOCUMENT_CUT.toString()));
            shared = new CachedVectors(SentenceVectors.of(
                    new TextEncoder(EncoderModel.shipped(), 2, TextEncoder.DEFAULT_MAX_TOKENS, TextEncoder.DEFAULT_BATCH),
                    documentCut), documentCut);
        }
        return shared;
    }

    /**
     * For iterating on the watch: {@code -Dyuqing.watch.vectorCache=FILE} keeps the vectors between runs (delete it
     * when the encoder changes).
     */
    @SuppressWarnings("unchecked")
    private void load() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file != null && cache.isEmpty() && Files.exists(Path.of(file))) {
            try (var in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(Path.of(file))))) {
                cache.putAll((Map<String, float[]>) in.readObject());
            } catch (Exception e) {
                throw new IllegalStateException(file, e);
            }
        }
    }

    private void save() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file != null) {
            try (var out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(file))))) {
                out.writeObject(new HashMap<>(cache));
            } catch (Exception e) {
                throw new IllegalStateException(file, e);
            }
        }
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        return cached(texts, "", encoder::vectors);
    }

    /** Comments' vectors are kept apart from the policies', under their cut. */
    @Override
    public List<float[]> documentVectors(List<String> texts) {
        return cached(texts, documentKey, encoder::documentVectors);
    }

    private synchronized List<float[]> cached(List<String> texts, String prefix,
            Function<List<String>, List<float[]>> encode) {
        load();
        List<String> missing = texts.stream().filter(text -> !cache.containsKey(prefix + text)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> encoded = encode.apply(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(prefix + missing.get(i), encoded.get(i));
            }
            save();
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(text -> out.add(cache.get(prefix + text)));
        return out;
    }
}
