package org.yuqing.jobs.analysis;

import java.nio.file.Path;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.jobs.classify.Prediction;
import org.yuqing.jobs.classify.Task;
import org.yuqing.jobs.text.Keywords;
import org.yuqing.jobs.text.NamedEntities;

/**
 * The one analysis chain, run by the Flink job on every document and by {@code ./yuqing analyze} alike:
 * prepare (normalise, mask, segment, hash), classify topic, sentiment and emotion, pick keywords, places and
 * organisations. Thread-safe: the models are read-only once loaded.
 */
public final class TextAnalysis {

    private static final int KEYWORDS = 5;
    private static volatile TextAnalysis shared;

    private final TextPreparation preparation;
    private final Classifiers classifiers;
    private final Keywords keywords = new Keywords(KEYWORDS);

    public TextAnalysis(TextPreparation preparation, Classifiers classifiers) {
        this.preparation = preparation;
        this.classifiers = classifiers;
    }

    /** The chain with the shipped models, loaded once per JVM: every Flink subtask of a task manager shares it. */
    public static TextAnalysis shared() {
        if (shared == null) {
            synchronized (TextAnalysis.class) {
                if (shared == null) {
                    shared = new TextAnalysis(new TextPreparation(), Classifiers.shipped());
                }
            }
        }
        return shared;
    }

    public static TextAnalysis withModels(Path folder) {
        return new TextAnalysis(new TextPreparation(), Classifiers.from(folder));
    }

    /**
     * Whether the stored original of a document must have personal data masked too: what citizens write
     * (messages, comments), and anything whose kind is unknown. Policies, interpretations and official replies
     * are public texts of public bodies.
     */
    public static boolean isWrittenByCitizens(DocumentKind kind) {
        return kind == null || kind == DocumentKind.MESSAGE || kind == DocumentKind.COMMENT;
    }

    public TextPreparation preparation() {
        return preparation;
    }

    public TextAnalysisResult analyze(String title, String text) {
        PreparedText prepared = preparation.prepare(title, text);
        Classifiers.Predictions predicted = classifiers.predictAll(prepared.features());
        Prediction topic = predicted.topic();
        Prediction emotion = predicted.emotion();
        Sentiment sentiment = Sentiment.of(predicted.polarity(), classifiers.model(Task.SENTIMENT).labels(), emotion);
        return new TextAnalysisResult(
                prepared.cleanText(),
                prepared.tokens(),
                topic.label(),
                Math.round(topic.probability() * 1000) / 1000.0,
                sentiment.label(),
                sentiment.score(),
                emotion.label(),
                keywords.of(prepared.terms()),
                NamedEntities.places(prepared.terms()),
                NamedEntities.orgs(prepared.terms()));
    }

    public Prediction predict(Task task, PreparedText prepared) {
        return classifiers.model(task).predict(prepared.features());
    }
}
