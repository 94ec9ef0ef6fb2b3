package org.yuqing.jobs.analysis;

import java.util.List;

/**
 * What the analysis chain learned about one document.
 *
 * @param cleanText the body normalised, with personal data masked
 * @param tokens words joined by single spaces
 * @param sentimentScore in [-1, 1], below 0 leaning negative
 * @param vector the transformer's L2-normalised sentence vector, when the cascade had it read the document (the
 *     policy watch reuses it rather than encoding the text again); null when the linear models answered alone
 */
public record TextAnalysisResult(
        String cleanText,
        String tokens,
        String topic,
        double topicScore,
        String sentiment,
        double sentimentScore,
        String emotion,
        List<String> keywords,
        List<String> places,
        List<String> orgs,
        float[] vector) {
}
