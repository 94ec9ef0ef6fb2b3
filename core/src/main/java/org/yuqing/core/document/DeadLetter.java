package org.yuqing.core.document;

/**
 * A record that could not be processed, as it goes to {@code yuqing.dlq}: the original payload untouched, and
 * enough about where and why it failed to fix it and replay it.
 *
 * @param stage where it failed, such as {@code parse} or {@code index}
 * @param origin where the payload came from, such as {@code yuqing.raw/1@42} (topic, partition, offset)
 */
public record DeadLetter(String stage, String reason, String origin, String documentId, String payload, String failedAt) {
}
