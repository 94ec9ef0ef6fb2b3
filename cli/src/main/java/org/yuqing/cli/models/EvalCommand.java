package org.yuqing.cli.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.analysis.Cascade;
import org.yuqing.jobs.analysis.Classifiers;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.classify.Task;
import org.yuqing.jobs.encoder.EncoderModel;
import org.yuqing.jobs.encoder.TextEncoder;
import org.yuqing.jobs.encoder.TokenCut;
import org.yuqing.training.CascadeCalibration;
import org.yuqing.training.Corpora.Dataset;
import org.yuqing.training.Corpora;
import org.yuqing.training.Example;
import org.yuqing.training.HeldOut;
import org.yuqing.training.Metrics;
import org.yuqing.training.ModelEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./yuqing eval}: scores the models on the held-out part of each corpus, which training never sees. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the models on the held-out part of each corpus.",
                "Prints accuracy, macro-F1 and a confusion matrix per corpus of a folder laid out like shared/data, "
                        + "on the fifth chosen by a hash of each text, which ./yuqing train never sees."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the corpora folder")
    Path data;

    @Option(names = "--models", paramLabel = "DIR", description = "model files to score (default: the shipped ones)")
    Path models;

    @Option(names = "--encoder", paramLabel = "DIR",
            description = "a transformer folder (model.onnx, vocab.txt) to score (default: the shipped one)")
    Path encoder;

    @Option(names = "--cascade", paramLabel = "SPEC", defaultValue = "default",
            description = "default, transformer (every document to the transformer), linear (none), or thresholds "
                    + "topic,sentiment,emotion above which the linear models answer (default: ${DEFAULT-VALUE})")
    String cascade;

    @Option(names = "--cut", paramLabel = "N[:TAIL]",
            description = "how many tokens of a document the transformer reads, [CLS] and [SEP] included; N:TAIL keeps "
                    + "the last TAIL of a longer text (default: ${DEFAULT-VALUE}, what the job and ./yuqing analyze use)")
    String cut = TextAnalysis.DOCUMENT_CUT.toString();

    @Option(names = "--part", paramLabel = "PART", defaultValue = "heldout",
            description = "heldout (the fifth no training sees), or calibration (the half fifth the transformer does "
                    + "not train on, where the cascade's thresholds are chosen)")
    String part;

    @Option(names = "--sweep", description = "instead of scoring, print for each task and threshold what the "
            + "cascade would score and how much it would send to the transformer (use with --part calibration)")
    boolean sweep;

    @Option(names = "--write-samples", paramLabel = "DIR",
            description = "also write N held-out examples of each corpus there, spread evenly, for the tests' quality floors")
    Path samples;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "300", description = "examples per corpus with --write-samples")
    int sampleSize;

    @Override
    public Integer call() throws Exception {
        if (!part.equals("heldout") && !part.equals("calibration")) {
            System.err.println("--part is heldout or calibration, not " + part);
            return 2;
        }
        Predicate<Example> inPart = part.equals("heldout") ? HeldOut::isHeldOut : HeldOut::isCalibration;
        if (sweep) {
            new CascadeCalibration(models == null ? Classifiers.shipped() : Classifiers.from(models),
                    new TextEncoder(encoder == null ? EncoderModel.shipped() : EncoderModel.from(encoder)), TokenCut.parse(cut))
                    .sweep(Corpora.all(data), inPart, System.out);
            return 0;
        }
        TextAnalysis analysis = TextAnalysis.with(models, encoder, Cascade.parse(cascade), TokenCut.parse(cut));
        PrintStream out = System.out;
        for (Dataset dataset : Corpora.all(data)) {
            List<Example> heldOut = new ArrayList<>();
            for (Example example : dataset.examples()) {
                if (inPart.test(example)) {
                    heldOut.add(example);
                }
            }
            long[] before = analysis.transformerCounts();
            print(out, dataset.name() + " (" + dataset.task().name().toLowerCase() + ")",
                    ModelEvaluation.evaluate(analysis, dataset.task(), heldOut));
            if (dataset.task() == Task.EMOTION) {
                print(out, dataset.name() + " mapped to polarity (three-way sentiment as the chain gives it)",
                        ModelEvaluation.evaluateThreeWaySentiment(analysis, heldOut));
            }
            long[] after = analysis.transformerCounts();
            out.printf("(cascade %s, cut %s: the transformer re-read %.1f%% of these documents)%n%n", cascade, cut,
                    100.0 * (after[1] - before[1]) / Math.max(1, after[0] - before[0]));
            if (samples != null) {
                writeSamples(dataset.name(), spread(heldOut, sampleSize));
            }
        }
        return 0;
    }

    private static void print(PrintStream out, String name, Metrics metrics) {
        out.printf("== %s: %d held-out examples%naccuracy %.4f  macro-F1 %.4f%n%s%n%n",
                name, metrics.total(), metrics.accuracy(), metrics.macroF1(), metrics.confusionTable());
    }

    /** Every k-th example: the corpus files are sorted by label, so the first N would all share one. */
    private static List<Example> spread(List<Example> examples, int size) {
        if (examples.size() <= size) {
            return examples;
        }
        List<Example> picked = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            picked.add(examples.get((int) ((long) i * examples.size() / size)));
        }
        return picked;
    }

    private void writeSamples(String name, List<Example> examples) throws Exception {
        Files.createDirectories(samples);
        try (BufferedWriter writer = Files.newBufferedWriter(samples.resolve(name + ".jsonl"), StandardCharsets.UTF_8)) {
            for (Example example : examples) {
                ObjectNode record = Json.mapper().createObjectNode();
                record.put("title", example.title());
                record.put("text", example.text());
                record.put("label", example.label());
                writer.write(Json.write(record));
                writer.newLine();
            }
        }
    }
}
