package org.yuqing.cli.analyze;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.encoder.TokenCut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./yuqing analyze < in.jsonl > out.jsonl}: the streaming job's analysis chain as a batch filter. Lines are
 * analysed on every core, in chunks, and written in their input order.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse JSON lines from standard input with the streaming job's chain.",
                "Reads records with text (and optionally id, title, kind, published_at) and writes each back with "
                        + "clean_text, tokens, topic, topic_score, sentiment, sentiment_score, emotion, keywords, places, "
                        + "orgs, policy_ids and misreading, in input order. Personal data is masked in clean_text, and in "
                        + "text and title unless kind is policy, interpretation or reply. A malformed line is reported on "
                        + "standard error with its number and skipped."})
public final class AnalyzeCommand implements Callable<Integer> {

    private static final int CHUNK = 64;

    @Option(names = "--policies", paramLabel = "FILE",
            description = "policies as JSON lines (id, title, doc_no, issuer, published_at, text): each output record "
                    + "gets the policies it talks about (policy_ids) and whether it misreads one (misreading)")
    Path policies;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cut", paramLabel = "N[:TAIL]",
            description = "how many tokens of a document the transformer reads, [CLS] and [SEP] included; N:TAIL keeps "
                    + "the last TAIL of a longer text (default: ${DEFAULT-VALUE})")
    String cut = TextAnalysis.DOCUMENT_CUT.toString();

    @Override
    public Integer call() throws Exception {
        if (policies != null && !Files.isReadable(policies)) {
            System.err.println("cannot read the policies file " + policies);
            return 2;
        }
        AnalyzedLine analyzer = new AnalyzedLine(TextAnalysis.shared(TokenCut.parse(cut)), policies == null ? null : PolicyFile.read(policies));
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
        PrintStream errors = System.err;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            // At most a few chunks in flight: memory stays flat on inputs of any size, and order is kept.
            ArrayDeque<Future<List<AnalyzedLine.Outcome>>> pending = new ArrayDeque<>();
            int lineNumber = 0;
            List<String> chunk = new ArrayList<>(CHUNK);
            int chunkStart = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (chunk.isEmpty()) {
                    chunkStart = lineNumber;
                }
                chunk.add(line);
                if (chunk.size() == CHUNK) {
                    pending.add(submit(workers, analyzer, chunk, chunkStart));
                    chunk = new ArrayList<>(CHUNK);
                    while (pending.size() > 2 * threads) {
                        write(pending.poll().get(), out, errors);
                    }
                }
            }
            if (!chunk.isEmpty()) {
                pending.add(submit(workers, analyzer, chunk, chunkStart));
            }
            while (!pending.isEmpty()) {
                write(pending.poll().get(), out, errors);
            }
        } finally {
            workers.shutdownNow();
        }
        return 0;
    }

    private static Future<List<AnalyzedLine.Outcome>> submit(
            ExecutorService workers, AnalyzedLine analyzer, List<String> lines, int firstLineNumber) {
        return workers.submit(() -> analyzer.analyze(lines, firstLineNumber));
    }

    private static void write(List<AnalyzedLine.Outcome> outcomes, BufferedWriter out, PrintStream errors) throws Exception {
        for (AnalyzedLine.Outcome outcome : outcomes) {
            if (outcome.json() != null) {
                out.write(outcome.json());
                out.newLine();
            } else if (outcome.error() != null) {
                out.flush();
                errors.println(outcome.error());
            }
        }
        out.flush();
    }
}
