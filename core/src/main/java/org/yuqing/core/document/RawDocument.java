package org.yuqing.core.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A document as the crawler found it: what travels on {@code yuqing.raw}, keyed by {@link #id()}.
 *
 * <p>Dates are ISO-8601 strings: {@code YYYY-MM-DD}, or with the time and {@code +08:00} when the page gives
 * one. They stay strings because a page that gives only a day must not gain an invented time.
 *
 * @param httpStatus the status the page answered with when it was fetched; null when not fetched over HTTP
 * @param attachments the files an article page offers for download (附件), in page order; empty when none
 */
@JsonPropertyOrder({"id", "kind", "source", "url", "title", "text", "published_at", "fetched_at"})
public record RawDocument(
        String id,
        DocumentKind kind,
        String source,
        String url,
        String title,
        String text,
        String publishedAt,
        String fetchedAt,
        String author,
        String region,
        Long likes,
        Long reposts,
        String replyTo,
        String docNo,
        String issuer,
        String indexNo,
        String subject,
        String writtenAt,
        String fingerprint,
        Integrity integrity,
        Integer httpStatus,
        List<Attachment> attachments) {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (integrity == null) {
            integrity = Integrity.INTACT;
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Starts a document with its identity; every other field is optional. */
    public static Builder builder(String id, DocumentKind kind) {
        return new Builder(id, kind);
    }

    public Builder toBuilder() {
        return new Builder(id, kind)
                .source(source).url(url).title(title).text(text).publishedAt(publishedAt).fetchedAt(fetchedAt)
                .author(author).region(region).likes(likes).reposts(reposts).replyTo(replyTo)
                .docNo(docNo).issuer(issuer).indexNo(indexNo).subject(subject).writtenAt(writtenAt)
                .fingerprint(fingerprint).integrity(integrity).httpStatus(httpStatus).attachments(attachments);
    }

    /** Twenty-two optional fields read better by name than by position. */
    public static final class Builder {
        private final String id;
        private final DocumentKind kind;
        private String source;
        private String url;
        private String title;
        private String text;
        private String publishedAt;
        private String fetchedAt;
        private String author;
        private String region;
        private Long likes;
        private Long reposts;
        private String replyTo;
        private String docNo;
        private String issuer;
        private String indexNo;
        private String subject;
        private String writtenAt;
        private String fingerprint;
        private Integrity integrity = Integrity.INTACT;
        private Integer httpStatus;
        private List<Attachment> attachments = List.of();

        private Builder(String id, DocumentKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder source(String value) { source = value; return this; }
        public Builder url(String value) { url = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder text(String value) { text = value; return this; }
        public Builder publishedAt(String value) { publishedAt = value; return this; }
        public Builder fetchedAt(String value) { fetchedAt = value; return this; }
        public Builder author(String value) { author = value; return this; }
        public Builder region(String value) { region = value; return this; }
        public Builder likes(Long value) { likes = value; return this; }
        public Builder reposts(Long value) { reposts = value; return this; }
        public Builder replyTo(String value) { replyTo = value; return this; }
        public Builder docNo(String value) { docNo = value; return this; }
        public Builder issuer(String value) { issuer = value; return this; }
        public Builder indexNo(String value) { indexNo = value; return this; }
        public Builder subject(String value) { subject = value; return this; }
        public Builder writtenAt(String value) { writtenAt = value; return this; }
        public Builder fingerprint(String value) { fingerprint = value; return this; }
        public Builder integrity(Integrity value) { integrity = value; return this; }
        public Builder httpStatus(Integer value) { httpStatus = value; return this; }
        public Builder attachments(List<Attachment> value) { attachments = value; return this; }

        public RawDocument build() {
            return new RawDocument(id, kind, source, url, title, text, publishedAt, fetchedAt, author, region,
                    likes, reposts, replyTo, docNo, issuer, indexNo, subject, writtenAt, fingerprint, integrity,
                    httpStatus, attachments);
        }
    }
}
