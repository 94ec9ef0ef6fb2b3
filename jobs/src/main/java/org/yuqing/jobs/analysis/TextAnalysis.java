package org.yuqing.jobs.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.jobs.classify.Prediction;
import org.yuqing.jobs.classify.Task;
import org.yuqing.jobs.encoder.EncoderModel;
import org.yuqing.jobs.encoder.TextEncoder;
import org.yuqing.jobs.encoder.TokenCut;
import org.yuqing.jobs.text.Keywords;
import org.yuqing.jobs.text.NamedEntities;

/**
 * The one analysis chain, run by the Flink job on every document and by {@code ./yuqing analyze} alike:
 * prepare (normalise, mask, segment, hash), classify topic, sentiment and emotion, pick keywords, places and
 * organisations. Classification is a {@link Cascade}: the linear models answer what they are sure of, the
 * fine-tuned transformer the rest, one micro-batch of a call's unsure documents at a time. Thread-safe: the
 * models are read-only once loaded.
 */
public final class TextAnalysis {

    /**
     * How much of a document the transformer reads (title and text together): the one figure its cost follows, about
     * linearly. 96 tokens, what the shipped model was fine-tuned on: on the held-out fifth every measure stayed within
     * 0.3 points of the 128 cut, 64 lost about a point (README, the transformer). {@code ./yuqing analyze} and
     * {@code ./yuqing eval} take another with {@code --cut}. The policy watch's clauses keep the encoder's 128.
     */
    public static final TokenCut DOCUMENT_CUT = TokenCut.head(96);

    private static final int KEYWORDS = 5;
    private static volatile TextAnalysis shared;

    private final TextPreparation preparation;
    private final Classifiers classifiers;
    private final TransformerAnswers transformer;
    private final Keywords keywords = new Keywords(KEYWORDS);

    /** A document's title (may be empty) and body. */
    public record Input(String title, String text) {
    }

    /**
     * @param encoder the fine-tuned transformer with its polarity, emotion and topic heads; null for the linear
     *     models alone
     * @param cut how much of a document the transformer reads
     */
    public TextAnalysis(TextPreparation preparation, Classifiers classifiers, TextEncoder encoder, Cascade cascade,
            TokenCut cut) {
        this.preparation = preparation;
        this.classifiers = classifiers;
        this.transformer = encoder == null ? null : new TransformerAnswers(encoder, classifiers, cascade, cut);
    }

    public TextAnalysis(TextPreparation preparation, Classifiers classifiers, TextEncoder encoder, Cascade cascade) {
        this(preparation, classifiers, encoder, cascade, DOCUMENT_CUT);
    }

    public TextAnalysis(TextPreparation preparation, Classifiers classifiers) {
        this(preparation, classifiers, null, Cascade.LINEAR_ONLY);
    }

    /**
     * The chain with the shipped models, loaded once per JVM: every Flink subtask of a task manager shares it. Its
     * documents are cut at {@link #DOCUMENT_CUT} unless {@link #shared(TokenCut)} loaded it first.
     */
    public static TextAnalysis shared() {
        TextAnalysis loaded = shared;
        return loaded != null ? loaded : shared(DOCUMENT_CUT);
    }

    /**
     * The shared chain, its documents cut as {@code cut} says ({@code ./yuqing analyze --cut}): one JVM, one cut, so
     * a call with another cut than the one it was loaded with is refused.
     */
    public static TextAnalysis shared(TokenCut cut) {
        if (shared == null) {
            synchronized (TextAnalysis.class) {
                if (shared == null) {
                    shared = new TextAnalysis(new TextPreparation(), Classifiers.shipped(),
                            new TextEncoder(EncoderModel.shipped()), Cascade.DEFAULT, cut);
                }
            }
        }
        if (!shared.cut().equals(cut)) {
            throw new IllegalStateException("the shared analysis chain cuts documents at " + shared.cut()
                    + " tokens, not " + cut);
        }
        return shared;
    }

    /**
     * @param linearModels a folder ./yuqing train wrote, or null for the shipped linear models
     * @param encoderModel a folder the transformer's export wrote, or null for the shipped transformer
     */
    public static TextAnalysis with(Path linearModels, Path encoderModel, Cascade cascade) {
        return with(linearModels, encoderModel, cascade, DOCUMENT_CUT);
    }

    /** As {@link #with(Path, Path, Cascade)}, documents cut as {@code cut} says. */
    public static TextAnalysis with(Path linearModels, Path encoderModel, Cascade cascade, TokenCut cut) {
        Classifiers classifiers = linearModels == null ? Classifiers.shipped() : Classifiers.from(linearModels);
        EncoderModel model = encoderModel == null ? EncoderModel.shipped() : EncoderModel.from(encoderModel);
        return new TextAnalysis(new TextPreparation(), classifiers, new TextEncoder(model), cascade, cut);
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

    /** The sentence vectors' encoder, for the policy watch; null when the chain runs the linear models alone. */
    public TextEncoder encoder() {
        return transformer == null ? null : transformer.encoder();
    }

    /** How much of a document the transformer reads (meaningless when the chain runs the linear models alone). */
    public TokenCut cut() {
        return transformer == null ? DOCUMENT_CUT : transformer.cut();
    }

    /** How many documents the chain classified so far, and how many of them the transformer re-read. */
    public long[] transformerCounts() {
        return transformer == null ? new long[2] : transformer.counts();
    }

    public TextAnalysisResult analyze(String title, String text) {
        return analyzeAll(List.of(new Input(title, text))).get(0);
    }

    /** One result per input, in order; the documents the linear models are unsure of run as one micro-batch. */
    public List<TextAnalysisResult> analyzeAll(List<Input> inputs) {
        List<PreparedText> prepared = new ArrayList<>(inputs.size());
        List<Answers> answers = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            PreparedText text = preparation.prepare(input.title(), input.text());
            prepared.add(text);
            answers.add(linearAnswers(text));
        }
        if (transformer != null) {
            transformer.improve(prepared, answers);
        }
        List<TextAnalysisResult> results = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            results.add(result(prepared.get(i), answers.get(i)));
        }
        return results;
    }

    private Answers linearAnswers(PreparedText prepared) {
        Classifiers.Predictions predicted = classifiers.predictAll(prepared.features());
        Prediction topic = predicted.topic();
        Prediction emotion = predicted.emotion();
        Sentiment sentiment = Sentiment.of(predicted.polarity(), classifiers.model(Task.SENTIMENT).labels(), emotion);
        return new Answers(topic.label(), topic.probability(), sentiment, emotion.label(), emotion.probability(), null,
                predicted);
    }

    private TextAnalysisResult result(PreparedText prepared, Answers answers) {
        // Nothing to read, nothing to guess: an empty document has no topic; neutral is what it says.
        boolean empty = prepared.whole().isBlank();
        return new TextAnalysisResult(
                prepared.cleanText(),
                prepared.tokens(),
                empty ? null : answers.topic(),
                empty ? 0 : Math.round(answers.topicProbability() * 1000) / 1000.0,
                empty ? "neutral" : answers.sentiment().label(),
                empty ? 0 : answers.sentiment().score(),
                empty ? "neutral" : answers.emotion(),
                keywords.of(prepared.terms()),
                NamedEntities.places(prepared.terms()),
                NamedEntities.orgs(prepared.terms()),
                answers.vector());
    }
}
