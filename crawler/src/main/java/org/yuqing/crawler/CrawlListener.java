package org.yuqing.crawler;

import org.yuqing.core.document.RawDocument;

/** Hears about a crawl as it goes, to show progress; every method does nothing unless overridden. */
public interface CrawlListener {

    CrawlListener SILENT = new CrawlListener() { };

    default void fetched(String url, int status, int documents) {
    }

    default void emitted(RawDocument document) {
    }

    default void failed(String url, String reason) {
    }
}
