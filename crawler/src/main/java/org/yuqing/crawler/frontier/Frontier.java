package org.yuqing.crawler.frontier;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.politeness.HostClock;

/**
 * The URLs still to fetch, one queue per host, breadth-first within a host. The next URL comes from the host
 * that may be asked soonest, so that a slow or backing-off host does not hold up the others.
 */
public final class Frontier {

    /** A URL to fetch and how many times it was tried already. */
    public record Entry(String url, int attempt) {
    }

    private final Map<String, ArrayDeque<Entry>> byHost = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    /** Links as written, each judged once: a portal repeats its navigation on every page. */
    private final Set<String> considered = new HashSet<>();

    /** Adds a link found on a page if it was not considered before and the crawl may go there. */
    public void offerLink(String url, Predicate<String> inScope) {
        if (considered.add(url) && inScope.test(url)) {
            offer(url);
        }
    }

    /** Adds a URL not seen before in this crawl; returns whether it was new. */
    public boolean offer(String url) {
        if (!seen.add(DocumentIds.canonicalUrl(url))) {
            return false;
        }
        queue(url).add(new Entry(url, 0));
        return true;
    }

    /** Puts a URL back for another try, behind the host's other URLs. */
    public void retry(Entry entry) {
        queue(entry.url()).add(new Entry(entry.url(), entry.attempt() + 1));
    }

    /** The next URL from the host that is ready soonest; empty when nothing is left. */
    public Optional<Entry> next(HostClock clock) {
        String best = null;
        long bestReady = Long.MAX_VALUE;
        for (Map.Entry<String, ArrayDeque<Entry>> host : byHost.entrySet()) {
            long ready = clock.readyAt(host.getKey());
            if (!host.getValue().isEmpty() && ready < bestReady) {
                best = host.getKey();
                bestReady = ready;
            }
        }
        return best == null ? Optional.empty() : Optional.of(byHost.get(best).poll());
    }

    /** Hosts with their number of waiting URLs, for metrics. */
    public Map<String, Integer> depthByHost() {
        Map<String, Integer> depth = new LinkedHashMap<>();
        byHost.forEach((host, queue) -> depth.put(host, queue.size()));
        return depth;
    }

    public void dropHost(String host) {
        ArrayDeque<Entry> queue = byHost.get(host);
        if (queue != null) {
            queue.clear();
        }
    }

    private ArrayDeque<Entry> queue(String url) {
        return byHost.computeIfAbsent(Crawler.hostOf(url), host -> new ArrayDeque<>());
    }
}
