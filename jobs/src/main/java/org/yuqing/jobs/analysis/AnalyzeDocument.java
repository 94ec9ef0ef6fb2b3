package org.yuqing.jobs.analysis;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.apache.flink.api.common.functions.MapFunction;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.RawDocument;
import org.yuqing.jobs.text.ChineseSegmenter;

/** The text analysis every document goes through: simplified characters, then HanLP words. */
public final class AnalyzeDocument implements MapFunction<RawDocument, AnalyzedDocument> {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private transient ChineseSegmenter segmenter;

    @Override
    public AnalyzedDocument map(RawDocument document) {
        if (segmenter == null) {
            segmenter = new ChineseSegmenter();
        }
        String title = document.title() == null ? "" : document.title();
        String text = document.text() == null ? "" : document.text();
        String cleanText = segmenter.toSimplified(text).strip();
        String tokens = String.join(" ", segmenter.words(segmenter.toSimplified(title) + "\n" + cleanText));
        String analyzedAt = OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS).toString();
        return new AnalyzedDocument(document, cleanText, tokens, analyzedAt);
    }
}
