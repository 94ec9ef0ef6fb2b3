package org.yuqing.core.document;

import java.util.Objects;

/** A file an article page offers for download (附件): the name the page gives it and where it is. */
public record Attachment(String name, String url) {

    public Attachment {
        Objects.requireNonNull(url, "url");
    }
}
