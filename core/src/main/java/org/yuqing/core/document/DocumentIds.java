package org.yuqing.core.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable document ids. The same page crawled twice, or by two crawler instances, must get the same id, so
 * that Kafka keys and Elasticsearch {@code _id}s make every write idempotent.
 */
public final class DocumentIds {

    private static final int ID_HEX_LENGTH = 24;

    private DocumentIds() {
    }

    /** The id of the document that a page is, from its canonical URL. */
    public static String forUrl(String url) {
        return hash(canonicalUrl(url));
    }

    /** The id of one of several documents on a page (a message and its reply), from the source's own id for it. */
    public static String forNativeId(String source, String nativeId) {
        return hash(source + "\u0000" + nativeId);
    }

    /**
     * The URL without what does not change the page: the fragment, the default port, the case of scheme and
     * host. Query parameters stay, in order: government CMSs put the article id there.
     */
    public static String canonicalUrl(String url) {
        try {
            URI uri = new URI(url.trim()).normalize();
            String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
    }

    /** A short hex digest; 96 bits keep collisions out of reach for any corpus this system will see. */
    public static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ID_HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
