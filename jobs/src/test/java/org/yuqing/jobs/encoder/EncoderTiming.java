package org.yuqing.jobs.encoder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A measurement, not a test: the shipped encoder's CPU time per text at each cut, one ONNX Runtime thread, batches
 * of {@link TextEncoder#DEFAULT_BATCH}, the cuts interleaved round by round in one JVM, best round of each. Pin it to
 * one core ({@code taskset -c 1}). {@code EncoderTiming TEXTS.txt ROUNDS CUT...} (texts one per line, cuts as
 * {@link TokenCut#parse}); prints the mean tokens and milliseconds per text of each cut.
 */
public final class EncoderTiming {

    public static void main(String[] args) throws IOException {
        List<String> texts = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(line -> line.replace("\\n", "\n")).toList();
        int rounds = Integer.parseInt(args[1]);
        List<TokenCut> cuts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            cuts.add(TokenCut.parse(args[i]));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        EncoderModel model = EncoderModel.shipped();
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(new java.io.ByteArrayInputStream(model.vocabulary()));
        Map<TokenCut, Double> best = new LinkedHashMap<>();
        try (TextEncoder encoder = new TextEncoder(model)) {
            encoder.encode(texts.subList(0, Math.min(64, texts.size())));   // warm up
            for (int round = 0; round < rounds; round++) {
                for (TokenCut cut : cuts) {
                    long start = threads.getCurrentThreadCpuTime();
                    encoder.encode(texts, cut);
                    double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / texts.size();
                    best.merge(cut, ms, Math::min);
                }
            }
        }
        for (TokenCut cut : cuts) {
            double tokens = texts.stream().mapToInt(text -> tokenizer.encode(text, cut).length).average().orElse(0);
            System.out.printf("%d texts, %.0f characters on average, cut %s: %.1f tokens, %.2f ms per text (best of %d)%n",
                    texts.size(), texts.stream().mapToInt(String::length).average().orElse(0), cut, tokens,
                    best.get(cut), rounds);
        }
    }

    private EncoderTiming() {
    }
}
