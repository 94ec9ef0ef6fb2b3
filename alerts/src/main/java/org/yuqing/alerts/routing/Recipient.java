package org.yuqing.alerts.routing;

import java.net.URI;

/**
 * Someone an alert is delivered to: a drafting body, a site's owner or the publicity office. At least one of
 * the two channels is set.
 *
 * @param name          unique, as rules name it and as the lifecycle records it
 * @param webhook       where the alert JSON is posted; null for e-mail only
 * @param webhookSecret the HMAC key for that webhook, read from the environment variable the routing file names
 * @param email         the mailbox; null for webhook only
 */
public record Recipient(String name, URI webhook, String webhookSecret, String email) {

    public Recipient {
        if (webhook == null && email == null) {
            throw new IllegalArgumentException("recipient " + name + " has neither a webhook nor an e-mail address");
        }
        if (webhook != null && (webhookSecret == null || webhookSecret.isEmpty())) {
            throw new IllegalArgumentException("recipient " + name + " has a webhook but no secret to sign with");
        }
    }

    @Override
    public String toString() {
        // the secret never reaches a log line
        return "Recipient[" + name + (webhook == null ? "" : ", webhook " + webhook) + (email == null ? "" : ", " + email) + "]";
    }
}
