package org.yuqing.crawler.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL. Redirects are not followed here: the crawler decides whether their target is on an allowed
 * host. A body larger than the limit is not read past it, so that one huge file cannot exhaust memory; the page
 * is then marked too large rather than cut, since half a page would be extracted as if it were whole. A response
 * not whole within twice the timeout counts as a timeout.
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

    /**
     * Sends the request and waits for the whole body, at most twice the timeout: the request's own timeout
     * covers only the wait for the headers, and a server that then trickles its body must not hold the crawl.
     */
    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, LimitedBody.handler(maxBytes));
        try {
            return response.get(2 * timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("no whole response from " + request.uri() + " within " + 2 * timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
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
        HttpResponse<byte[]> response = send(request.build());
        byte[] body = response.body() == null ? new byte[0] : response.body();
        boolean tooLarge = response.body() == null;
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
