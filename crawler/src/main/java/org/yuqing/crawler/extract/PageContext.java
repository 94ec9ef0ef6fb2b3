package org.yuqing.crawler.extract;

/**
 * What an extractor knows about the page it reads.
 *
 * @param replyTo the id of the document that comments on this page are about, if any
 */
record PageContext(String source, String url, String fetchedAt, String pageTitle, String replyTo) {
}
