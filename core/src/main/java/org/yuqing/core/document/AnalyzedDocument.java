package org.yuqing.core.document;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;

/**
 * A raw document with what the analysis job learned about it; its JSON form is the raw document's fields
 * followed by the analysis fields, which is also the Elasticsearch source.
 *
 * @param tokens HanLP tokens joined by single spaces, the form the {@code whitespace} analyzer indexes
 */
public record AnalyzedDocument(
        @JsonUnwrapped RawDocument raw,
        String cleanText,
        String tokens,
        String analyzedAt) {

    public AnalyzedDocument {
        Objects.requireNonNull(raw, "raw");
    }

    public String id() {
        return raw.id();
    }
}
