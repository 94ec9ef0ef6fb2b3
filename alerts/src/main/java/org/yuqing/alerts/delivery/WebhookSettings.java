package org.yuqing.alerts.delivery;

import java.time.Duration;
import org.yuqing.core.retry.Backoff;

/**
 * How hard the router tries a webhook: each attempt waits at most {@code timeout} for an answer; a failure, a
 * timeout or a 5xx answer is retried after {@code firstRetry}, then twice as long each time up to
 * {@code maxRetry}, until {@code attempts} were made. A 4xx answer is not retried: the receiver refused the
 * request itself (a bad signature, say), and sending it again would not change that.
 */
public record WebhookSettings(Duration timeout, int attempts, Duration firstRetry, Duration maxRetry) {

    public static final WebhookSettings DEFAULTS =
            new WebhookSettings(Duration.ofSeconds(10), 5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public WebhookSettings {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
    }

    public Backoff backoff() {
        return new Backoff(firstRetry, maxRetry);
    }
}
