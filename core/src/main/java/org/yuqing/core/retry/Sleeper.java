package org.yuqing.core.retry;

import java.time.Duration;

/**
 * Waits for a while. Code that waits (between retries, for a host's turn) takes one, so that a test passes one
 * that records the waits and moves a test clock instead of sleeping, and asserts on what was decided rather than
 * on how long the wall clock took.
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
