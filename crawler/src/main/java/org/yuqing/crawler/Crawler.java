package org.yuqing.crawler;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
import org.yuqing.crawler.politeness.Politeness;
import org.yuqing.crawler.robots.RobotsRules;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.source.SourceRules;

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

    /** Crawls from the seeds over the hosts of the options, following every link there. */
    public CrawlReport crawl(Iterable<String> seeds, String source, DocumentSink sink, CrawlListener listener)
            throws Exception {
        List<String> seedList = new ArrayList<>();
        seeds.forEach(seedList::add);
        Source adHoc = new Source(source, seedList, options.allowedHosts(), List.of(), List.of(), Source.DEFAULT_RECRAWL,
                new Politeness(options.minDelayPerHost(), Politeness.DEFAULT.maxCrawlDelay()), options.maxPages());
        return crawl(adHoc, sink, listener);
    }

    /** Crawls a source as its file describes it. */
    public CrawlReport crawl(Source source, DocumentSink sink, CrawlListener listener) throws Exception {
        Queue<String> frontier = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (String seed : source.seeds()) {
            if (seen.add(DocumentIds.canonicalUrl(seed))) {
                frontier.add(seed);
            }
        }
        Map<DocumentKind, Integer> byKind = new EnumMap<>(DocumentKind.class);
        Map<String, Integer> failures = new HashMap<>();
        int pages = 0;
        while (!frontier.isEmpty() && pages < source.maxPages()) {
            String url = frontier.poll();
            if (!source.inScope(url) || !robotsFor(url, source.politeness()).isAllowed(pathAndQuery(url))) {
                continue;
            }
            FetchedPage page;
            try {
                page = politeFetch(url, source.politeness());
            } catch (HttpTimeoutException e) {
                fail(failures, listener, url, "timeout");
                continue;
            } catch (IOException | IllegalArgumentException e) {
                fail(failures, listener, url, "io: " + e.getClass().getSimpleName());
                continue;
            }
            pages++;
            if (page.status() >= 300 && page.status() < 400) {
                if (source.inScope(page.url()) && seen.add(DocumentIds.canonicalUrl(page.url()))) {
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
                extraction = SourceRules.apply(source, html, extractor.extract(html, source.name(), page.fetchedAt()),
                        page.fetchedAt());
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
                if (source.inScope(link) && seen.add(DocumentIds.canonicalUrl(link))) {
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

    private FetchedPage politeFetch(String url, Politeness politeness) throws IOException, InterruptedException {
        String host = hostOf(url);
        Long last = lastRequestByHost.get(host);
        if (last != null) {
            long wait = last + politeness.minDelay().toMillis() - System.currentTimeMillis();
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

    private RobotsRules robotsFor(String url, Politeness politeness) {
        return robotsByHost.computeIfAbsent(hostOf(url), host -> {
            URI uri = URI.create(url);
            String robotsUrl = uri.getScheme() + "://" + host + "/robots.txt";
            try {
                FetchedPage robots = politeFetch(robotsUrl, politeness);
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
