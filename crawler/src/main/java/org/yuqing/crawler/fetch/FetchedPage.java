package org.yuqing.crawler.fetch;

/** A page as the server sent it: the body stays bytes until its charset is known. */
public record FetchedPage(String url, int status, String contentType, byte[] body, String fetchedAt) {

    public boolean isHtml() {
        return contentType == null || contentType.toLowerCase().contains("html");
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
