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
import org.yuqing.core.json.Json;
import org.yuqing.jobs.analysis.ModelEvaluation;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.classify.Corpora;
import org.yuqing.jobs.classify.Corpora.Dataset;
import org.yuqing.jobs.classify.Example;
import org.yuqing.jobs.classify.HeldOut;
import org.yuqing.jobs.classify.Metrics;
import org.yuqing.jobs.classify.Task;
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

    @Option(names = "--write-samples", paramLabel = "DIR",
            description = "also write N held-out examples of each corpus there, spread evenly, for the tests' quality floors")
    Path samples;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "300", description = "examples per corpus with --write-samples")
    int sampleSize;

    @Override
    public Integer call() throws Exception {
        TextAnalysis analysis = models == null ? TextAnalysis.shared() : TextAnalysis.withModels(models);
        PrintStream out = System.out;
        for (Dataset dataset : Corpora.all(data)) {
            List<Example> heldOut = new ArrayList<>();
            for (Example example : dataset.examples()) {
                if (HeldOut.isHeldOut(example)) {
                    heldOut.add(example);
                }
            }
            print(out, dataset.name() + " (" + dataset.task().name().toLowerCase() + ")",
                    ModelEvaluation.evaluate(analysis, dataset.task(), heldOut));
            if (dataset.task() == Task.EMOTION) {
                print(out, dataset.name() + " mapped to polarity (three-way sentiment as the chain gives it)",
                        ModelEvaluation.evaluateThreeWaySentiment(analysis, heldOut));
            }
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
