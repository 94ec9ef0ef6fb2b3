package org.yuqing.crawler.politeness;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.yuqing.core.retry.Sleeper;

/**
 * When each host may next be asked for a page: after the gap its politeness asks for, and later still while it
 * is backing off from failures. The crawl keeps one request at a time per host, so this is all the
 * coordination a host needs.
 */
public final class HostClock {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Long> readyAt = new HashMap<>();
    private final Map<String, Integer> failuresInARow = new HashMap<>();

    /** @param sleeper how to wait for a host's turn: the thread sleeps; a test moves its clock instead */
    public HostClock(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Returns when the host may be asked again. */
    public void awaitTurn(String host) throws InterruptedException {
        long wait = readyAt(host) - now();
        if (wait > 0) {
            sleeper.sleep(Duration.ofMillis(wait));
        }
    }

    /** Milliseconds since the epoch from which the host may be asked again; 0 for a host never asked. */
    public long readyAt(String host) {
        return readyAt.getOrDefault(host, 0L);
    }

    public long now() {
        return clock.millis();
    }

    /** A request to the host just finished: the next may start after the gap. */
    public void requested(String host, Duration gap) {
        readyAt.merge(host, now() + gap.toMillis(), Math::max);
    }

    public void succeeded(String host) {
        failuresInARow.remove(host);
    }

    /**
     * The host failed (a timeout, a 429 or 503): it is left alone for the server's Retry-After if it gave one,
     * else for an exponential backoff. Returns the wait.
     */
    public Duration failed(String host, Duration retryAfter, Politeness politeness) {
        int failures = failuresInARow.merge(host, 1, Integer::sum);
        Duration wait = retryAfter != null ? retryAfter : politeness.backoffAfter(failures);
        if (wait.compareTo(Politeness.MAX_WAIT) > 0) {
            wait = Politeness.MAX_WAIT;
        }
        readyAt.merge(host, now() + wait.toMillis(), Math::max);
        return wait;
    }

    public int failuresInARow(String host) {
        return failuresInARow.getOrDefault(host, 0);
    }
}
