package org.yuqing.alerts.delivery;

import java.util.function.Supplier;
import org.yuqing.core.retry.Backoff;
import org.yuqing.core.retry.Sleeper;

/** Makes attempts at one delivery until one succeeds, one fails for good, or the attempts allowed are spent. */
public final class Retrying {

    private final int attempts;
    private final Backoff backoff;
    private final Sleeper sleeper;

    public Retrying(int attempts, Backoff backoff, Sleeper sleeper) {
        this.attempts = attempts;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    /** The last attempt's outcome, its detail followed by how many attempts were made. */
    public Attempt run(Supplier<Attempt> attempt) {
        Attempt last = null;
        for (int made = 1; made <= attempts; made++) {
            last = attempt.get();
            if (last.kind() != Attempt.Kind.TRANSIENT_FAILURE || made == attempts) {
                return new Attempt(last.kind(), last.detail() + " (attempt " + made + " of " + attempts + ")");
            }
            try {
                sleeper.sleep(backoff.delayAfter(made));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Attempt(Attempt.Kind.TRANSIENT_FAILURE, last.detail() + " (interrupted after attempt " + made + ")");
            }
        }
        return last;
    }
}
