package org.yuqing.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * Fetches one URL. Redirects are not followed here: the crawler decides whether their target is on an allowed
 * host. A body larger than the limit is not read past it, so that one huge file cannot exhaust memory; the page
 * is then marked too large rather than cut, since half a page would be extracted as if it were whole.
 */
public final class PageFetcher {

    public static final String USER_AGENT = "YuqingBot/0.1 (+https://github.com/yuqing; public-opinion monitoring)";
    /** The product token robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "yuqingbot";

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    public PageFetcher(Duration timeout, int maxBytes) {
        // HTTP/1.1: one kept-alive connection per host is all a polite crawler needs, and asking plain-http
        // servers to upgrade to h2c on every new connection only costs round trips.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    public FetchedPage fetch(String url) throws IOException, InterruptedException {
        return fetch(url, Validators.NONE);
    }

    /** Fetches the page unless it is unchanged since the validators were given (then a 304 without body). */
    public FetchedPage fetch(String url, Validators ifChangedSince) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .GET();
        if (ifChangedSince.etag() != null) {
            request.header("If-None-Match", ifChangedSince.etag());
        }
        if (ifChangedSince.lastModified() != null) {
            request.header("If-Modified-Since", ifChangedSince.lastModified());
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        boolean tooLarge;
        try (InputStream in = response.body()) {
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            tooLarge = length.isPresent() && length.getAsLong() > maxBytes;
            body = tooLarge ? new byte[0] : in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                tooLarge = true;
                body = new byte[0];
            }
        }
        var headers = response.headers();
        String contentType = headers.firstValue("Content-Type").orElse(null);
        Validators validators = new Validators(headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null));
        String retryAfter = headers.firstValue("Retry-After").orElse(null);
        String fetchedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        int status = response.statusCode();
        String location = headers.firstValue("Location").orElse(null);
        String finalUrl = status >= 300 && status < 400 && location != null ? URI.create(url).resolve(location).toString() : url;
        return new FetchedPage(finalUrl, status, contentType, finalUrl.equals(url) ? body : new byte[0], fetchedAt,
                validators, retryAfter, tooLarge);
    }
}
