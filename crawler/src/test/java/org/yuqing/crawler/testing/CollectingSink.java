package org.yuqing.crawler.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.emit.DocumentSink;

/** Keeps what a crawl emits, for a test to look at. */
public class CollectingSink implements DocumentSink {

    private final List<RawDocument> documents = new ArrayList<>();

    @Override
    public synchronized void accept(RawDocument document) throws IOException {
        documents.add(document);
    }

    public synchronized List<RawDocument> documents() {
        return List.copyOf(documents);
    }

    @Override
    public void flush() throws IOException {
    }

    @Override
    public void close() {
    }
}
