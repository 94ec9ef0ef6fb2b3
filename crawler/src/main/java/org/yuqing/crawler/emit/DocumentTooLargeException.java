package org.yuqing.crawler.emit;

import java.io.IOException;

/** A document the sink cannot carry whole: the crawler counts its page as failed and goes on, as for a page too large. */
public final class DocumentTooLargeException extends IOException {

    public DocumentTooLargeException(String documentId, int bytes, int limit) {
        super("document " + documentId + " is " + bytes + " bytes as a record, over the " + limit + " bytes a record may have");
    }
}
