package org.yuqing.crawler.state;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * State for as long as the process lives: re-crawls in one run emit only changes; a restart starts afresh.
 *
 * <p>What is recorded is seen at once by lookups but kept apart from what was committed, so that a rollback can
 * drop it.
 */
public class InMemoryCrawlState implements CrawlState {

    protected final Map<String, PageState> pages = new HashMap<>();
    protected final Map<String, String> emitted = new HashMap<>();
    private final Map<String, PageState> uncommittedPages = new HashMap<>();
    private final Map<String, String> uncommittedEmitted = new HashMap<>();

    @Override
    public synchronized Optional<PageState> page(String url) {
        PageState recorded = uncommittedPages.get(url);
        return Optional.ofNullable(recorded != null ? recorded : pages.get(url));
    }

    @Override
    public synchronized void recordPage(String url, PageState state) {
        uncommittedPages.put(url, state);
    }

    @Override
    public synchronized Optional<String> emitted(String documentId) {
        String recorded = uncommittedEmitted.get(documentId);
        return Optional.ofNullable(recorded != null ? recorded : emitted.get(documentId));
    }

    @Override
    public synchronized void recordEmitted(String documentId, String changeHash) {
        uncommittedEmitted.put(documentId, changeHash);
    }

    @Override
    public synchronized void commit() throws IOException {
        if (uncommittedPages.isEmpty() && uncommittedEmitted.isEmpty()) {
            return;
        }
        persist(uncommittedPages, uncommittedEmitted);
        pages.putAll(uncommittedPages);
        emitted.putAll(uncommittedEmitted);
        rollback();
    }

    @Override
    public synchronized void rollback() {
        uncommittedPages.clear();
        uncommittedEmitted.clear();
    }

    /** Makes the records of a commit durable; nothing to do in memory. Nothing is committed if this throws. */
    protected void persist(Map<String, PageState> recordedPages, Map<String, String> recordedEmitted)
            throws IOException {
    }
}
