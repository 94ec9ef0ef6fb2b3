package org.yuqing.crawler;

import java.util.Map;
import java.util.TreeMap;
import org.yuqing.core.document.DocumentKind;

/**
 * What a crawl did: pages fetched, documents emitted by kind, pages found unchanged since the last crawl (and so
 * emitting nothing), failures by reason.
 */
public record CrawlReport(int pagesFetched, Map<DocumentKind, Integer> documentsByKind, int unchanged,
                          Map<String, Integer> failures) {

    public CrawlReport {
        documentsByKind = Map.copyOf(documentsByKind);
        failures = Map.copyOf(new TreeMap<>(failures));
    }

    public int documents() {
        return documentsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
