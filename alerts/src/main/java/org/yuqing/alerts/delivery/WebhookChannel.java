package org.yuqing.alerts.delivery;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import org.yuqing.alerts.routing.Recipient;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.json.Json;
import org.yuqing.core.retry.Sleeper;

/**
 * POSTs the alert, in the project's JSON form, to the recipient's webhook, signed (see {@link WebhookSignature}).
 * {@code X-Yuqing-Delivery} (id, version, notice) lets a receiver drop a delivery it already has: the router
 * delivers at least once, so a crash between delivering and storing can repeat one.
 */
public final class WebhookChannel implements Channel {

    private final HttpClient http;
    private final WebhookSettings settings;
    private final Retrying retrying;
    private final Clock clock;

    public WebhookChannel(WebhookSettings settings, Sleeper sleeper, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.settings = settings;
        this.retrying = new Retrying(settings.attempts(), settings.backoff(), sleeper);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return recipient.webhook() != null;
    }

    @Override
    public Attempt send(Alert alert, Notice notice, Recipient recipient) {
        byte[] body = Json.writeBytes(alert);
        return retrying.run(() -> post(alert, notice, recipient, body));
    }

    private Attempt post(Alert alert, Notice notice, Recipient recipient, byte[] body) {
        // signed afresh at every attempt, so that a retry after a long backoff is not refused as a replay
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(recipient.webhook())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "yuqing-alert-router")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(recipient.webhookSecret(), timestamp, body))
                .header("X-Yuqing-Alert-Id", alert.id())
                .header("X-Yuqing-Alert-Version", Long.toString(alert.version()))
                .header("X-Yuqing-Notice", notice.label())
                .header("X-Yuqing-Delivery", alert.id() + ":" + alert.version() + ":" + notice.label())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            String detail = "HTTP " + status;
            if (status >= 200 && status < 300) {
                return Attempt.delivered(detail);
            }
            // 408 and 429 ask the client to come back later; other 4xx refuse the request itself
            return status >= 500 || status == 408 || status == 429
                    ? Attempt.transientFailure(detail) : Attempt.permanentFailure(detail);
        } catch (HttpTimeoutException e) {
            return Attempt.transientFailure("no answer within " + settings.timeout().toSeconds() + " s");
        } catch (IOException e) {
            return Attempt.transientFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.transientFailure("interrupted");
        }
    }
}
