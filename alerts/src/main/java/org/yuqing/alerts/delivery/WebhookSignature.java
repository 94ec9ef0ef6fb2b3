package org.yuqing.alerts.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code X-Yuqing-Signature: sha256=<hex>}, the HMAC-SHA256 with the shared secret of
 * the {@code X-Yuqing-Timestamp} value (Unix seconds), a dot, and the exact bytes of the body. Signing the time
 * with the body is what makes the timestamp worth checking: a replayed request cannot be given a fresh time
 * without the secret. A receiver recomputes it over the body as received, before parsing it, and refuses a
 * timestamp older than a few minutes.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Yuqing-Signature";
    public static final String TIMESTAMP_HEADER = "X-Yuqing-Timestamp";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * What a receiver does: true when the signature matches the body and the timestamp is within
     * {@code tolerance} of {@code now}. Compares in constant time, so the comparison leaks nothing.
     */
    public static boolean verify(String secret, String timestampHeader, byte[] body, String signatureHeader,
                                 Instant now, Duration tolerance) {
        if (timestampHeader == null || signatureHeader == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
