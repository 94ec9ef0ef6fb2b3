package org.yuqing.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"id\":\"a1\",\"title\":\"公积金条款被误读\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void matchesAnHmacSha256ComputedIndependently() {
        // openssl: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac key
        String signature = WebhookSignature.sign("key", 1_700_000_000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("sha256=a438e398bfafc57e4396bb7fc2304422f0f768e965d073ca313cb52e22e6ad03");
    }

    @Test
    void aReceiverAcceptsTheBodyAsSigned() {
        long ts = NOW.getEpochSecond();
        String signature = WebhookSignature.sign("s3cret", ts, BODY);

        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts), BODY, signature, NOW, FIVE_MINUTES)).isTrue();
    }

    @Test
    void aChangedBodyWrongSecretOrOldTimestampIsRefused() {
        long ts = NOW.getEpochSecond();
        String signature = WebhookSignature.sign("s3cret", ts, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("a1", "a2").getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts), tampered, signature, NOW, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify("other", Long.toString(ts), BODY, signature, NOW, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", Long.toString(ts), BODY, signature, NOW.plus(Duration.ofMinutes(6)),
                FIVE_MINUTES)).isFalse();
    }

    @Test
    void aReplayWithAFreshTimestampIsRefused() {
        long ts = NOW.getEpochSecond();
        String signature = WebhookSignature.sign("s3cret", ts, BODY);
        Instant later = NOW.plus(Duration.ofHours(1));

        assertThat(WebhookSignature.verify("s3cret", Long.toString(later.getEpochSecond()), BODY, signature, later,
                FIVE_MINUTES)).isFalse();
    }
}
