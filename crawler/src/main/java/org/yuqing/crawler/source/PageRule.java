package org.yuqing.crawler.source;

import java.util.Map;
import java.util.regex.Pattern;
import org.yuqing.core.document.DocumentKind;

/**
 * How to read a document page of a site.
 *
 * @param url which URLs are such pages (a regular expression found anywhere in the URL)
 * @param kind what documents these pages hold
 * @param selectors CSS selectors by field ({@link #FIELDS}) for what the generic reading gets wrong on this site
 */
public record PageRule(Pattern url, DocumentKind kind, Map<String, String> selectors) {

    public static final java.util.List<String> FIELDS =
            java.util.List.of("title", "text", "published_at", "doc_no", "issuer", "index_no", "subject", "written_at");

    public PageRule {
        selectors = Map.copyOf(selectors);
    }
}
