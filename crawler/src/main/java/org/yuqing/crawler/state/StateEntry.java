package org.yuqing.crawler.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.yuqing.crawler.fetch.Validators;

/**
 * One document of a source's crawl state in Elasticsearch: a page, with what its last fetch left to compare the
 * next one with, or an emitted document, with its change hash. The names are fixed here rather than left to the
 * client's JSON mapper, since the index mapping is strict.
 *
 * @param key the page's URL or the document's id
 * @param updatedAt when this entry last changed, as an ISO-8601 instant
 */
record StateEntry(
        @JsonProperty("source") String source,
        @JsonProperty("kind") Kind kind,
        @JsonProperty("key") String key,
        @JsonProperty("etag") String etag,
        @JsonProperty("last_modified") String lastModified,
        @JsonProperty("body_hash") String bodyHash,
        @JsonProperty("had_documents") Boolean hadDocuments,
        @JsonProperty("change_hash") String changeHash,
        @JsonProperty("updated_at") String updatedAt) {

    enum Kind {
        @JsonProperty("page") PAGE,
        @JsonProperty("document") DOCUMENT
    }

    static StateEntry page(String source, String url, PageState state, Instant now) {
        return new StateEntry(source, Kind.PAGE, url, state.validators().etag(), state.validators().lastModified(),
                state.bodyHash(), state.hadDocuments(), null, now.toString());
    }

    static StateEntry document(String source, String documentId, String changeHash, Instant now) {
        return new StateEntry(source, Kind.DOCUMENT, documentId, null, null, null, null, changeHash, now.toString());
    }

    PageState pageState() {
        return new PageState(new Validators(etag, lastModified), bodyHash, Boolean.TRUE.equals(hadDocuments));
    }

    /**
     * The same for every write of this page or document of this source, so that writing it again replaces it;
     * hashed, since a URL can be longer than the 512 bytes an {@code _id} may have.
     */
    String id() {
        return ChangeHashes.ofBody(String.join("\u0000", source, kind.name(), key).getBytes(StandardCharsets.UTF_8));
    }

    /** What the entry says in an error message. */
    String describe() {
        return (kind == Kind.PAGE ? "page " : "document ") + key;
    }
}
