package org.yuqing.briefing.figures;

/** How many documents fell under one key (a topic, a sentiment, a source ...) in the week. */
public record Count(String key, long count) {
}
