package org.yuqing.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.emit.DocumentSink;

/** The demo's week reaches Kafka oldest first, whatever order the crawl found its pages in. */
class InPublicationOrderTest {

    @Test
    void aCrawlIsHandedOnOldestFirstWhenItIsOver() throws Exception {
        Recording kafka = new Recording();
        InPublicationOrder sink = new InPublicationOrder(kafka);
        // as the crawl finds them: a policy page's comment of yesterday, then the mailbox from last Monday
        sink.accept(document("comment", DocumentKind.COMMENT, "2026-12-06T20:12:00+08:00"));
        sink.accept(document("message", DocumentKind.MESSAGE, "2026-11-30T00:41:00+08:00"));
        sink.accept(document("reply", DocumentKind.REPLY, "2026-12-03T15:00:00+08:00"));
        sink.accept(document("undated", DocumentKind.ARTICLE, null));
        sink.accept(document("same minute", DocumentKind.MESSAGE, "2026-11-30T00:41:00+08:00"));
        sink.flush();
        assertThat(kafka.sent).isEmpty();

        sink.close();

        assertThat(kafka.sent).containsExactly("undated", "message", "same minute", "reply", "comment");
        assertThat(kafka.flushedAfterLast).isTrue();
        assertThat(kafka.closed).isTrue();
    }

    private static RawDocument document(String id, DocumentKind kind, String publishedAt) {
        return RawDocument.builder(id, kind).publishedAt(publishedAt).build();
    }

    private static final class Recording implements DocumentSink {
        final List<String> sent = new ArrayList<>();
        boolean flushedAfterLast;
        boolean closed;

        @Override
        public void accept(RawDocument document) {
            sent.add(document.id());
            flushedAfterLast = false;
        }

        @Override
        public void flush() {
            flushedAfterLast = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
