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

/**
 * Fetches one URL. Redirects are not followed here: the crawler decides whether their target is on an allowed
 * host. Bodies larger than the limit are cut off, so that one huge file cannot exhaust memory.
 */
public final class PageFetcher {

    public static final String USER_AGENT = "YuqingBot/0.1 (+https://github.com/yuqing; public-opinion monitoring)";

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    public PageFetcher(Duration timeout, int maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    public FetchedPage fetch(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .GET()
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(maxBytes);
        }
        String location = response.headers().firstValue("Location").orElse(null);
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String fetchedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        int status = response.statusCode();
        if (status >= 300 && status < 400 && location != null) {
            return new FetchedPage(URI.create(url).resolve(location).toString(), status, contentType, new byte[0], fetchedAt);
        }
        return new FetchedPage(url, status, contentType, body, fetchedAt);
    }
}
