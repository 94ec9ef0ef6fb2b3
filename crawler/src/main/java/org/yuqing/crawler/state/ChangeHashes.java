package org.yuqing.crawler.state;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;

/** Hashes that tell whether a page or a document changed since last time. */
public final class ChangeHashes {

    private ChangeHashes() {
    }

    public static String ofBody(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Every field but the time of the fetch: a document re-fetched unchanged hashes the same. */
    public static String ofDocument(RawDocument document) {
        return ofBody(Json.writeBytes(document.toBuilder().fetchedAt(null).build()));
    }
}
