package org.yuqing.crawler.fetch;

/**
 * What a server said identifies this version of a page (ETag, Last-Modified), sent back on the next fetch so that
 * an unchanged page costs a 304 and no body.
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
