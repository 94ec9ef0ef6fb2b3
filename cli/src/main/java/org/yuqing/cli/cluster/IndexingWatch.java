package org.yuqing.cli.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;

/**
 * Watches how many of the known documents Elasticsearch holds, twice a second, on a thread of its own. Documents
 * arrive at a steady rate, so in normal running the count grows at every look; the longest time it stood still
 * after a fault is how long the cluster took to recover from it.
 */
final class IndexingWatch implements AutoCloseable {

    private final KnownDocuments documents;
    private final ElasticsearchClient elasticsearch;
    private final Thread thread;
    private volatile long held;
    private volatile long lastGrowth = System.nanoTime();
    private volatile long faultAt = -1;
    private volatile long longestStall;
    private volatile long caughtUpAt = -1;

    IndexingWatch(KnownDocuments documents, ElasticsearchClient elasticsearch) {
        this.documents = documents;
        this.elasticsearch = elasticsearch;
        this.thread = new Thread(this::watch, "indexing-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long count = documents.heldCount(elasticsearch);
                long now = System.nanoTime();
                if (count > held) {
                    held = count;
                    lastGrowth = now;
                }
                if (faultAt >= 0 && caughtUpAt < 0) {
                    longestStall = Math.max(longestStall, now - Math.max(lastGrowth, faultAt));
                    if (count >= documents.size()) {
                        caughtUpAt = now;
                    }
                }
            } catch (Exception unanswered) {
                // An Elasticsearch node being killed or restarted: the stall goes on.
                if (faultAt >= 0 && caughtUpAt < 0) {
                    long now = System.nanoTime();
                    longestStall = Math.max(longestStall, now - Math.max(lastGrowth, faultAt));
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long held() {
        return held;
    }

    void faultNow() {
        faultAt = System.nanoTime();
    }

    /** Waits until at least {@code count} are held; false if the time ran out. */
    boolean awaitHeld(long count, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (held < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    Duration recovery() {
        return Duration.ofNanos(longestStall);
    }

    Duration caughtUp() {
        return caughtUpAt < 0 ? null : Duration.ofNanos(caughtUpAt - faultAt);
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
