package org.yuqing.jobs.pagefetch;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.IndexRequestEntry;

/**
 * A crawled document's fetch goes to {@code yuqing-page-fetches} under the document's id, so each fetch of the
 * same URL overwrites the one before and the index always says what the page looked like last.
 *
 * <p>The job writes it because the page's fetch (time, status, hash) travels with the raw document it already
 * reads, and its Elasticsearch sink brings retries and dead letters. Fetches that produced no document (errors,
 * unchanged pages) are not here: the crawler counts those in its metrics.
 */
public final class PageFetchIndexing implements ElementConverter<RawDocument, IndexRequestEntry> {

    @Override
    public IndexRequestEntry apply(RawDocument document, SinkWriter.Context context) {
        return new IndexRequestEntry(IndexNames.PAGE_FETCHES, document.id(), Json.writeBytes(PageFetch.of(document)));
    }

    /** Only what was fetched from a URL has a page fetch. */
    public static boolean wasCrawled(RawDocument document) {
        return document.url() != null && !document.url().isBlank();
    }
}
