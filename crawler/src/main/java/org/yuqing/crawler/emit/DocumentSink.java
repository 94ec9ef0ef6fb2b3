package org.yuqing.crawler.emit;

import org.yuqing.core.document.RawDocument;

/** Where crawled documents go: Kafka in production, a JSON Lines file for checks and backfills. */
public interface DocumentSink extends AutoCloseable {

    void accept(RawDocument document) throws Exception;

    /** Everything accepted so far is durable once this returns. */
    void flush() throws Exception;

    @Override
    void close() throws Exception;
}
