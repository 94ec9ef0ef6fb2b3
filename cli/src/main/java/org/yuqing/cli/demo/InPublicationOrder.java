package org.yuqing.cli.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.emit.DocumentSink;
import org.yuqing.jobs.eventtime.EventTime;

/**
 * Holds a crawl's documents and hands them on oldest first when the crawl is over, so that the demo's week reaches the
 * job as a live crawl would have delivered it, day by day.
 *
 * <p>One crawl of the whole week reads the policy pages (with comments from yesterday) before the mailbox's first page
 * (last Monday), and each message with its reply (days later). The job's watermark follows the newest document it
 * has read, so most messages then arrived after every hot-issue window they belong to had closed: in one demo run 11
 * of the 14 messages about one fraud case were in no hot issue, and the three that were made two issues. A document
 * without a date comes first (it does not move the watermark); equal times keep the crawl's order.
 *
 * <p>Only for a crawl that keeps no state between runs, as the demo's: the crawl's flushes promise nothing here, and
 * a run that fails before the end sends nothing, so the next run crawls everything again.
 */
final class InPublicationOrder implements DocumentSink {

    private final DocumentSink next;
    private final List<RawDocument> documents = new ArrayList<>();

    InPublicationOrder(DocumentSink next) {
        this.next = next;
    }

    @Override
    public void accept(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void flush() {
        // nothing is sent before the crawl is over: see the class comment
    }

    @Override
    public void close() throws Exception {
        try (next) {
            List<RawDocument> ordered = new ArrayList<>(documents);
            ordered.sort(Comparator.comparingLong(d -> EventTime.of(d).orElse(Long.MIN_VALUE)));
            for (RawDocument document : ordered) {
                next.accept(document);
            }
            next.flush();
        }
    }
}
