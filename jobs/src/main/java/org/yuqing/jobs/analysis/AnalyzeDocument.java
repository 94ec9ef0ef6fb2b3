package org.yuqing.jobs.analysis;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.apache.flink.api.common.functions.MapFunction;
import java.util.List;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.MisreadingFinding;
import org.yuqing.core.document.RawDocument;

/**
 * The text analysis every document goes through, the {@link TextAnalysis} chain that {@code ./yuqing analyze}
 * runs too. What citizens wrote is stored with personal data masked, the original text included.
 */
public final class AnalyzeDocument implements MapFunction<RawDocument, AnalyzedDocument> {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    // Not serialised with the job graph: each task manager loads the shipped models once (TextAnalysis.shared).
    private transient TextAnalysis analysis;

    @Override
    public AnalyzedDocument map(RawDocument document) {
        if (analysis == null) {
            analysis = TextAnalysis.shared();
        }
        TextAnalysis.Input input = input(document);
        return analyzed(analysis, document, analysis.analyze(input.title(), input.text()));
    }

    /** What the chain reads of a document: its writer's title and its text ({@link DocumentKind#writersTitle}). */
    static TextAnalysis.Input input(RawDocument document) {
        return new TextAnalysis.Input(DocumentKind.writersTitle(document.kind(), document.title()), document.text());
    }

    /** The document as stored, with the chain's sentence vector when the policy watch will read it. */
    static EncodedDocument encoded(TextAnalysis analysis, RawDocument document, TextAnalysisResult result) {
        return new EncodedDocument(analyzed(analysis, document, result),
                TextAnalysis.isWrittenByCitizens(document.kind()) ? result.vector() : null);
    }

    /** The document as stored: what the chain found, and what citizens wrote masked. */
    static AnalyzedDocument analyzed(TextAnalysis analysis, RawDocument document, TextAnalysisResult result) {
        RawDocument stored = document;
        if (TextAnalysis.isWrittenByCitizens(document.kind())) {
            stored = document.toBuilder()
                    .title(analysis.preparation().maskOnly(document.title()))
                    .text(analysis.preparation().maskOnly(document.text()))
                    .build();
        }
        String analyzedAt = OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS).toString();
        return new AnalyzedDocument(stored, result.cleanText(), result.tokens(), result.topic(), result.topicScore(),
                result.sentiment(), result.sentimentScore(), result.emotion(), result.keywords(), result.places(),
                result.orgs(), List.of(), MisreadingFinding.NONE, analyzedAt);
    }
}
