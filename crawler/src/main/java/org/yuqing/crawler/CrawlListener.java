package org.yuqing.crawler;

import java.time.Duration;
import java.util.Map;
import org.yuqing.core.document.RawDocument;

/** Hears about a crawl as it goes, to show progress and keep metrics; every method does nothing unless overridden. */
public interface CrawlListener {

    CrawlListener SILENT = new CrawlListener() { };

    default void fetched(String url, int status, int documents) {
    }

    default void emitted(RawDocument document) {
    }

    default void failed(String url, String reason) {
    }

    /** The URL failed for a reason worth another try, which comes after the wait. */
    default void retrying(String url, String reason, Duration wait) {
    }

    /** URLs waiting per host, after each page. */
    default void queued(Map<String, Integer> depthByHost) {
    }
}
