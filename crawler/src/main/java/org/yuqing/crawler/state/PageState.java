package org.yuqing.crawler.state;

import org.yuqing.crawler.fetch.Validators;

/**
 * What the last fetch of a page left to compare the next one with.
 *
 * @param validators its ETag and Last-Modified, for a conditional GET
 * @param bodyHash a hash of its bytes, for servers that send no validators
 * @param hadDocuments whether documents came from it; a page without any (a list page) is always fetched whole,
 *     since its links are what lead to new documents
 */
public record PageState(Validators validators, String bodyHash, boolean hadDocuments) {
}
