package org.yuqing.jobs.elasticsearch;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;

/** An analysed document goes to the monthly index of its publication date, under its own id. */
public final class DocumentIndexing implements ElementConverter<AnalyzedDocument, IndexRequestEntry> {

    @Override
    public IndexRequestEntry apply(AnalyzedDocument document, SinkWriter.Context context) {
        return new IndexRequestEntry(
                IndexNames.documentsIndexFor(document.raw().publishedAt()), document.id(), Json.writeBytes(document));
    }
}
