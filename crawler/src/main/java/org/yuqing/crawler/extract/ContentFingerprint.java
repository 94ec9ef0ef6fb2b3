package org.yuqing.crawler.extract;

import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.RawDocument;

/**
 * A hash of what a document says, not where it was found: mirror copies of a page (another URL, another
 * encoding, other whitespace) get the same fingerprint, so the jobs can merge them.
 */
public final class ContentFingerprint {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000\\u00a0]+");

    private ContentFingerprint() {
    }

    public static String of(RawDocument document) {
        String title = document.title() == null ? "" : document.title();
        String text = document.text() == null ? "" : document.text();
        return DocumentIds.hash(SPACES.matcher(title + "\n" + text).replaceAll(""));
    }
}
