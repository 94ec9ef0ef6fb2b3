package org.yuqing.core.document;

import java.util.List;

/**
 * Whether a page looked hijacked by spammers when it was fetched, and what gave it away, so that the
 * site's owner can be told.
 */
public record Integrity(boolean hijacked, List<String> evidence) {

    public static final Integrity INTACT = new Integrity(false, List.of());

    public Integrity {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static Integrity hijacked(List<String> evidence) {
        return new Integrity(true, evidence);
    }
}
