package org.yuqing.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latency from the moment Kafka appended a sampled document to the moment a search first found it. Sampling
 * keeps the watching cheap enough not to distort what it measures.
 */
final class LatencyRecorder {

    private final Map<String, Long> appendedAt = new ConcurrentHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    void appended(String id, long epochMillis) {
        appendedAt.put(id, epochMillis);
    }

    List<String> pending(int max) {
        return appendedAt.keySet().stream().limit(max).toList();
    }

    void found(String id, long epochMillis) {
        Long appended = appendedAt.remove(id);
        if (appended != null) {
            latencies.add(epochMillis - appended);
        }
    }

    int pendingCount() {
        return appendedAt.size();
    }

    /** The p-th percentile (0–100) of what was found, in ms, or -1 before anything was. */
    long percentile(double p) {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        if (sorted.isEmpty()) {
            return -1;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    int samples() {
        return latencies.size();
    }
}
