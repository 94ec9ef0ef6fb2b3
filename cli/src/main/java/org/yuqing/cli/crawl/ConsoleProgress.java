package org.yuqing.cli.crawl;

import java.io.PrintStream;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.CrawlListener;

/** Prints one line per page to stderr, so that a long crawl shows it is moving and stdout stays data. */
public final class ConsoleProgress implements CrawlListener {

    private final PrintStream out;
    private int pages;
    private int documents;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void fetched(String url, int status, int found) {
        pages++;
        out.printf("  crawl  %4d pages  %4d documents  %d %s%n", pages, documents, status, url);
    }

    @Override
    public void emitted(RawDocument document) {
        documents++;
    }

    @Override
    public void retrying(String url, String reason, java.time.Duration wait) {
        out.printf("  crawl  retry %s in %d ms (%s)%n", url, wait.toMillis(), reason);
    }

    @Override
    public void failed(String url, String reason) {
        out.printf("  crawl  skipped %s (%s)%n", url, reason);
    }
}
