package org.yuqing.crawler.fetch;

/**
 * A page as the server sent it: the body stays bytes until its charset is known.
 *
 * @param validators the page's ETag and Last-Modified, for a conditional fetch next time
 * @param retryAfter the Retry-After header of a 429 or 503, as sent
 * @param tooLarge whether the body passed the size limit; it is then empty, not cut
 */
public record FetchedPage(String url, int status, String contentType, byte[] body, String fetchedAt,
                          Validators validators, String retryAfter, boolean tooLarge) {

    public FetchedPage(String url, int status, String contentType, byte[] body, String fetchedAt) {
        this(url, status, contentType, body, fetchedAt, Validators.NONE, null, false);
    }

    public boolean isHtml() {
        return contentType == null || contentType.toLowerCase().contains("html");
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400 && status != 304;
    }

    /** 304: the page is as it was when it gave us its validators. */
    public boolean isNotModified() {
        return status == 304;
    }

    /** A status that says "not now" rather than "not here": worth a retry after a wait. */
    public boolean isTransientFailure() {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
}
