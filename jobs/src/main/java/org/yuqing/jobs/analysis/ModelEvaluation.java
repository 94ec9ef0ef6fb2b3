package org.yuqing.jobs.analysis;

import java.util.List;
import org.yuqing.jobs.classify.Corpora.Dataset;
import org.yuqing.jobs.classify.Example;
import org.yuqing.jobs.classify.Metrics;
import org.yuqing.jobs.classify.Task;

/**
 * Scores the chain's classifiers on labelled examples. Polarity corpora have only two labels, so sentiment is
 * scored on the sign of the score (the neutral band is left out of it: every example there is either).
 */
public final class ModelEvaluation {

    private ModelEvaluation() {
    }

    public static Metrics evaluate(TextAnalysis analysis, Task task, List<Example> examples) {
        Metrics metrics = new Metrics(task.labels());
        List<String> predicted = examples.parallelStream()
                .map(e -> analysis.predict(task, analysis.preparation().prepare(e.title(), e.text())).label())
                .toList();
        for (int i = 0; i < examples.size(); i++) {
            metrics.add(examples.get(i).label(), predicted.get(i));
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
        List<String> predicted = mapped.parallelStream().map(e -> analysis.analyze(e.title(), e.text()).sentiment()).toList();
        for (int i = 0; i < mapped.size(); i++) {
            String gold = switch (mapped.get(i).label()) {
                case "happy" -> "positive";
                case "neutral" -> "neutral";
                default -> "negative";
            };
            metrics.add(gold, predicted.get(i));
        }
        return metrics;
    }

    public static Metrics evaluate(TextAnalysis analysis, Dataset dataset) {
        return evaluate(analysis, dataset.task(), dataset.examples());
    }
}
