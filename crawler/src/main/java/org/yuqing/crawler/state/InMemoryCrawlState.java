package org.yuqing.crawler.state;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** State for as long as the process lives: re-crawls in one run emit only changes; a restart starts afresh. */
public class InMemoryCrawlState implements CrawlState {

    protected final Map<String, PageState> pages = new HashMap<>();
    protected final Map<String, String> emitted = new HashMap<>();

    @Override
    public synchronized Optional<PageState> page(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    @Override
    public synchronized void recordPage(String url, PageState state) {
        pages.put(url, state);
    }

    @Override
    public synchronized Optional<String> emitted(String documentId) {
        return Optional.ofNullable(emitted.get(documentId));
    }

    @Override
    public synchronized void recordEmitted(String documentId, String changeHash) {
        emitted.put(documentId, changeHash);
    }

    @Override
    public void commit() throws IOException {
    }
}
