package org.yuqing.crawler.fetch;

/** A fetched page that cannot be read as HTML; the message is the skip reason the crawl log shows. */
public final class UnreadablePageException extends RuntimeException {

    public UnreadablePageException(String reason) {
        super(reason);
    }
}
