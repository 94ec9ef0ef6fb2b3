package org.yuqing.jobs.pagefetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.yuqing.core.document.RawDocument;

/**
 * What the crawler last saw at one URL, as stored in {@code yuqing-page-fetches}: when it was fetched, how the
 * server answered, a hash of its content and whether it looked hijacked. One entry per crawled document, under
 * the document's id: a message-board page holds several documents, each with its own URL (page#item) and hash.
 *
 * @param contentHash the crawler's fingerprint of the title and text; a change means the page was edited
 * @param evidence    what gave a hijacked page away (spam title, injected pinyin, hidden links)
 */
public record PageFetch(String url, String source, String host, String kind, String fetchedAt, Integer httpStatus,
                              String contentHash, boolean hijacked, List<String> evidence) {

    public PageFetch {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static PageFetch of(RawDocument document) {
        return new PageFetch(document.url(), document.source(), hostOf(document.url()),
                document.kind().jsonName(), document.fetchedAt(), document.httpStatus(), document.fingerprint(),
                document.integrity().hijacked(), document.integrity().evidence());
    }

    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
