package org.yuqing.training;

import java.util.ArrayList;
import java.util.List;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.analysis.TextAnalysisResult;
import org.yuqing.jobs.classify.Task;
import org.yuqing.training.Corpora.Dataset;

/**
 * Scores the chain, cascade and all, on labelled examples. Polarity corpora have only two labels, so sentiment is
 * scored on the sign of the score (the neutral band is left out of it: every example there is either).
 */
public final class ModelEvaluation {

    /** Documents per call of the chain: the micro-batch the transformer gets its unsure ones from. */
    private static final int CHUNK = 32;

    private ModelEvaluation() {
    }

    public static Metrics evaluate(TextAnalysis analysis, Task task, List<Example> examples) {
        Metrics metrics = new Metrics(task.labels());
        List<TextAnalysisResult> results = analyze(analysis, examples);
        for (int i = 0; i < examples.size(); i++) {
            TextAnalysisResult r = results.get(i);
            String predicted = switch (task) {
                case TOPIC -> r.topic();
                case SENTIMENT -> r.sentimentScore() > 0 ? "positive" : "negative";
                case EMOTION -> r.emotion();
            };
            metrics.add(examples.get(i).label(), predicted);
        }
        return metrics;
    }

    /**
     * Three-way sentiment as the chain gives it (neutral included), on emotion-labelled texts mapped to polarity:
     * happy is positive, angry, sad and fear negative, neutral neutral; surprise, which goes either way, is left out.
     */
    public static Metrics evaluateThreeWaySentiment(TextAnalysis analysis, List<Example> emotionExamples) {
        Metrics metrics = new Metrics(List.of("positive", "neutral", "negative"));
        List<Example> mapped = emotionExamples.stream().filter(e -> !e.label().equals("surprise")).toList();
        List<TextAnalysisResult> results = analyze(analysis, mapped);
        for (int i = 0; i < mapped.size(); i++) {
            String gold = switch (mapped.get(i).label()) {
                case "happy" -> "positive";
                case "neutral" -> "neutral";
                default -> "negative";
            };
            metrics.add(gold, results.get(i).sentiment());
        }
        return metrics;
    }

    public static Metrics evaluate(TextAnalysis analysis, Dataset dataset) {
        return evaluate(analysis, dataset.task(), dataset.examples());
    }

    private static List<TextAnalysisResult> analyze(TextAnalysis analysis, List<Example> examples) {
        List<List<TextAnalysis.Input>> chunks = new ArrayList<>();
        for (int start = 0; start < examples.size(); start += CHUNK) {
            chunks.add(examples.subList(start, Math.min(examples.size(), start + CHUNK)).stream()
                    .map(e -> new TextAnalysis.Input(e.title(), e.text())).toList());
        }
        return chunks.parallelStream().flatMap(chunk -> analysis.analyzeAll(chunk).stream()).toList();
    }
}
