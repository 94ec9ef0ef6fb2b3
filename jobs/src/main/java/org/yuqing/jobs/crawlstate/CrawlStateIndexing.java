package org.yuqing.jobs.crawlstate;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.IndexRequestEntry;

/**
 * A crawled document's fetch goes to {@code yuqing-crawl-state} under the document's id, so each fetch of the
 * same URL overwrites the one before and the index always says what the page looked like last.
 *
 * <p>The analysis job writes it from the raw documents rather than the crawler: the job already has the
 * Elasticsearch sink with retries and dead letters and is the only writer to Elasticsearch, the crawler stays
 * a Kafka producer that needs no Elasticsearch credentials, and several crawler instances never race on one
 * index. What it cannot show are fetches that produced no document (errors, unchanged pages): the crawler
 * counts those in its metrics.
 */
public final class CrawlStateIndexing implements ElementConverter<RawDocument, IndexRequestEntry> {

    @Override
    public IndexRequestEntry apply(RawDocument document, SinkWriter.Context context) {
        return new IndexRequestEntry(IndexNames.CRAWL_STATE, document.id(), Json.writeBytes(CrawlStateEntry.of(document)));
    }

    /** Only what was fetched from a URL has a crawl state. */
    public static boolean wasCrawled(RawDocument document) {
        return document.url() != null && !document.url().isBlank();
    }
}
