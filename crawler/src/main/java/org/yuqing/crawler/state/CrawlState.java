package org.yuqing.crawler.state;

import java.io.IOException;
import java.util.Optional;

/**
 * What a crawler remembers between crawls: how each page looked, and which version of each document it has
 * emitted, so that a re-crawl (or a crawler after a restart) emits only what changed.
 *
 * <p>Records become durable on {@link #commit()}, which the crawler calls right after its sink has flushed: a
 * crash in between re-emits a few documents rather than losing them. When the sink fails instead, the crawler
 * calls {@link #rollback()}, and what it recorded since the last commit counts as never done. Implementations:
 * {@link InMemoryCrawlState} for one run; {@link FileCrawlState}, a file per source, for one crawler on one machine;
 * {@link ElasticsearchCrawlState}, keyed by source alone, for crawlers that move between machines or split a
 * source's hosts among instances.
 */
public interface CrawlState extends AutoCloseable {

    Optional<PageState> page(String url);

    void recordPage(String url, PageState state);

    /** The change hash of the document as it was last emitted, if it was. */
    Optional<String> emitted(String documentId);

    void recordEmitted(String documentId, String changeHash);

    void commit() throws IOException;

    /** Forgets everything recorded since the last commit, so that the next crawl fetches and emits it again. */
    void rollback();

    @Override
    default void close() throws IOException {
        commit();
    }
}
