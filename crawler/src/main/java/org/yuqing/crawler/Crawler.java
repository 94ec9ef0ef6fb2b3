package org.yuqing.crawler;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.emit.DocumentSink;
import org.yuqing.crawler.extract.ContentFingerprint;
import org.yuqing.crawler.extract.Extraction;
import org.yuqing.crawler.extract.PageExtractor;
import org.yuqing.crawler.fetch.FetchedPage;
import org.yuqing.crawler.fetch.HtmlDecoder;
import org.yuqing.crawler.fetch.PageFetcher;
import org.yuqing.crawler.robots.RobotsRules;

/**
 * A breadth-first crawl from seed URLs that stays on the allowed hosts, obeys their robots.txt, waits between
 * requests to the same host, and sends every document it finds to a {@link DocumentSink}. A page that fails
 * (an error status, a timeout, a page that cannot be read) is counted and skipped; the crawl goes on.
 */
public final class Crawler {

    private final CrawlOptions options;
    private final PageFetcher fetcher;
    private final PageExtractor extractor = new PageExtractor();
    private final Map<String, RobotsRules> robotsByHost = new HashMap<>();
    private final Map<String, Long> lastRequestByHost = new HashMap<>();

    public Crawler(CrawlOptions options) {
        this.options = options;
        this.fetcher = new PageFetcher(options.timeout(), options.maxPageBytes());
    }

    /** The host and port of a URL as {@link CrawlOptions#allowedHosts()} names them. */
    public static String hostOf(String url) {
        URI uri = URI.create(url);
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    public CrawlReport crawl(Iterable<String> seeds, String source, DocumentSink sink, CrawlListener listener)
            throws Exception {
        Queue<String> frontier = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (String seed : seeds) {
            if (seen.add(DocumentIds.canonicalUrl(seed))) {
                frontier.add(seed);
            }
        }
        Map<DocumentKind, Integer> byKind = new EnumMap<>(DocumentKind.class);
        Map<String, Integer> failures = new HashMap<>();
        int pages = 0;
        while (!frontier.isEmpty() && pages < options.maxPages()) {
            String url = frontier.poll();
            if (!isAllowedHost(url) || !robotsFor(url).isAllowed(pathAndQuery(url))) {
                continue;
            }
            FetchedPage page;
            try {
                page = politeFetch(url);
            } catch (HttpTimeoutException e) {
                fail(failures, listener, url, "timeout");
                continue;
            } catch (IOException | IllegalArgumentException e) {
                fail(failures, listener, url, "io: " + e.getClass().getSimpleName());
                continue;
            }
            pages++;
            if (page.status() >= 300 && page.status() < 400) {
                if (isAllowedHost(page.url()) && seen.add(DocumentIds.canonicalUrl(page.url()))) {
                    frontier.add(page.url());
                }
                listener.fetched(url, page.status(), 0);
                continue;
            }
            if (!page.isSuccess() || !page.isHtml()) {
                fail(failures, listener, url, page.isSuccess() ? "not html" : "http " + page.status());
                continue;
            }
            Extraction extraction;
            try {
                Document html = HtmlDecoder.decode(page);
                extraction = extractor.extract(html, source, page.fetchedAt());
            } catch (RuntimeException e) {
                fail(failures, listener, url, "unreadable page: " + e.getClass().getSimpleName());
                continue;
            }
            for (RawDocument document : extraction.documents()) {
                RawDocument fingerprinted = document.toBuilder().fingerprint(ContentFingerprint.of(document)).build();
                sink.accept(fingerprinted);
                byKind.merge(document.kind(), 1, Integer::sum);
                listener.emitted(fingerprinted);
            }
            listener.fetched(url, page.status(), extraction.documents().size());
            for (String link : extraction.links()) {
                if (isAllowedHost(link) && seen.add(DocumentIds.canonicalUrl(link))) {
                    frontier.add(link);
                }
            }
        }
        sink.flush();
        return new CrawlReport(pages, byKind, failures);
    }

    private static void fail(Map<String, Integer> failures, CrawlListener listener, String url, String reason) {
        failures.merge(reason, 1, Integer::sum);
        listener.failed(url, reason);
    }

    private boolean isAllowedHost(String url) {
        try {
            return options.allowedHosts().contains(hostOf(url));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private FetchedPage politeFetch(String url) throws IOException, InterruptedException {
        String host = hostOf(url);
        Long last = lastRequestByHost.get(host);
        if (last != null) {
            long wait = last + options.minDelayPerHost().toMillis() - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
        try {
            return fetcher.fetch(url);
        } finally {
            lastRequestByHost.put(host, System.currentTimeMillis());
        }
    }

    private RobotsRules robotsFor(String url) {
        return robotsByHost.computeIfAbsent(hostOf(url), host -> {
            URI uri = URI.create(url);
            String robotsUrl = uri.getScheme() + "://" + host + "/robots.txt";
            try {
                FetchedPage robots = politeFetch(robotsUrl);
                // RFC 9309: an unreachable or missing robots.txt (4xx) allows everything.
                return robots.isSuccess()
                        ? RobotsRules.parse(new String(robots.body(), StandardCharsets.UTF_8), "YuqingBot")
                        : RobotsRules.ALLOW_ALL;
            } catch (IOException e) {
                return RobotsRules.ALLOW_ALL;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return RobotsRules.ALLOW_ALL;
            }
        });
    }

    private static String pathAndQuery(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
