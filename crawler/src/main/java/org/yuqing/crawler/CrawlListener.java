package org.yuqing.crawler;

import java.time.Duration;
import java.util.Map;
import org.yuqing.core.document.RawDocument;

/** Hears about a crawl as it goes, to show progress and keep metrics; every method does nothing unless overridden. */
public interface CrawlListener {

    CrawlListener SILENT = new CrawlListener() { };

    /** Tells both listeners everything, this one first. */
    default CrawlListener and(CrawlListener other) {
        CrawlListener self = this;
        return new CrawlListener() {
            @Override
            public void fetched(String url, int status, int documents) {
                self.fetched(url, status, documents);
                other.fetched(url, status, documents);
            }

            @Override
            public void emitted(RawDocument document) {
                self.emitted(document);
                other.emitted(document);
            }

            @Override
            public void failed(String url, String reason) {
                self.failed(url, reason);
                other.failed(url, reason);
            }

            @Override
            public void retrying(String url, String reason, Duration wait) {
                self.retrying(url, reason, wait);
                other.retrying(url, reason, wait);
            }

            @Override
            public void queued(Map<String, Integer> depthByHost) {
                self.queued(depthByHost);
                other.queued(depthByHost);
            }

            @Override
            public void paced(String host, Duration gap) {
                self.paced(host, gap);
                other.paced(host, gap);
            }
        };
    }

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

    /** The gap kept between two requests to the host (our least delay, or its robots.txt Crawl-delay), per request. */
    default void paced(String host, Duration gap) {
    }
}
