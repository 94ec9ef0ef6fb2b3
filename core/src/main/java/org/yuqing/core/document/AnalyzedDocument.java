package org.yuqing.core.document;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * A raw document with what the analysis job learned about it; its JSON form is the raw document's fields
 * followed by the analysis fields, which is also the Elasticsearch source. For what citizens wrote, the raw
 * document's text and title arrive here with personal data already masked.
 *
 * @param cleanText the text normalised (simplified characters, half-width ASCII, entities decoded, whitespace
 *     collapsed) with personal data masked
 * @param tokens HanLP tokens joined by single spaces, the form the {@code whitespace} analyzer indexes
 * @param topic one of the seven first-level labels of the message boards (城乡建设, 劳动和社会保障 ...)
 * @param topicScore the topic's probability, in [0, 1]
 * @param sentiment positive, neutral or negative
 * @param sentimentScore in [-1, 1]; below 0 leans negative, within ±0.3 is neutral
 * @param emotion happy, angry, neutral, sad, fear or surprise
 * @param keywords the few words the document is about
 * @param places place names mentioned, each once
 * @param orgs organisations mentioned, each once
 * @param policyIds the registered policies the document talks about, best first
 * @param misreading whether it misreads one of them, and which clause
 * @param reply for a citizen's message, its official reply once the job has seen both; null otherwise
 */
public record AnalyzedDocument(
        @JsonUnwrapped RawDocument raw,
        String cleanText,
        String tokens,
        String topic,
        Double topicScore,
        String sentiment,
        Double sentimentScore,
        String emotion,
        List<String> keywords,
        List<String> places,
        List<String> orgs,
        List<String> policyIds,
        MisreadingFinding misreading,
        String analyzedAt,
        MessageReply reply) {

    public AnalyzedDocument {
        Objects.requireNonNull(raw, "raw");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        places = places == null ? List.of() : List.copyOf(places);
        orgs = orgs == null ? List.of() : List.copyOf(orgs);
        policyIds = policyIds == null ? List.of() : List.copyOf(policyIds);
        misreading = misreading == null ? MisreadingFinding.NONE : misreading;
    }

    /** A document without a reply: every document as the analysis first makes it. */
    public AnalyzedDocument(RawDocument raw, String cleanText, String tokens, String topic, Double topicScore,
                            String sentiment, Double sentimentScore, String emotion, List<String> keywords,
                            List<String> places, List<String> orgs, List<String> policyIds,
                            MisreadingFinding misreading, String analyzedAt) {
        this(raw, cleanText, tokens, topic, topicScore, sentiment, sentimentScore, emotion, keywords, places, orgs,
                policyIds, misreading, analyzedAt, null);
    }

    /** The same document with what the policy watch found about it. */
    public AnalyzedDocument withPolicyWatch(List<String> ids, MisreadingFinding finding) {
        return new AnalyzedDocument(raw, cleanText, tokens, topic, topicScore, sentiment, sentimentScore, emotion,
                keywords, places, orgs, ids, finding, analyzedAt, reply);
    }

    /** The same message with its official reply. */
    public AnalyzedDocument withReply(MessageReply officialReply) {
        return new AnalyzedDocument(raw, cleanText, tokens, topic, topicScore, sentiment, sentimentScore, emotion,
                keywords, places, orgs, policyIds, misreading, analyzedAt, officialReply);
    }

    public String id() {
        return raw.id();
    }
}
