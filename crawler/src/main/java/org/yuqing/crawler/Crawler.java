package org.yuqing.crawler;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.retry.Sleeper;
import org.yuqing.crawler.emit.DocumentSink;
import org.yuqing.crawler.emit.DocumentTooLargeException;
import org.yuqing.crawler.extract.ContentFingerprint;
import org.yuqing.crawler.extract.Extraction;
import org.yuqing.crawler.extract.PageExtractor;
import org.yuqing.crawler.fetch.FetchedPage;
import org.yuqing.crawler.fetch.HtmlDecoder;
import org.yuqing.crawler.fetch.PageFetcher;
import org.yuqing.crawler.fetch.UnreadablePageException;
import org.yuqing.crawler.fetch.Validators;
import org.yuqing.crawler.frontier.Frontier;
import org.yuqing.crawler.frontier.HostPartition;
import org.yuqing.crawler.politeness.HostClock;
import org.yuqing.crawler.politeness.Politeness;
import org.yuqing.crawler.politeness.RetryAfter;
import org.yuqing.crawler.robots.HostRobots;
import org.yuqing.crawler.robots.RobotsCache;
import org.yuqing.crawler.source.Source;
import org.yuqing.crawler.source.SourceRules;
import org.yuqing.crawler.state.ChangeHashes;
import org.yuqing.crawler.state.CrawlState;
import org.yuqing.crawler.state.InMemoryCrawlState;
import org.yuqing.crawler.state.PageState;

/**
 * Crawls a source: from its seeds, over its hosts, obeying their robots.txt, one request at a time per host with
 * the delay its politeness asks for, backing off from hosts that say 429 or 503 or time out. A page that fails
 * (an error status, a timeout, a page too large or unreadable) is counted and skipped; the crawl goes on.
 *
 * <p>What it emitted is remembered in a {@link CrawlState}: a page unchanged since the last crawl (304 to a
 * conditional GET, or the same bytes) emits nothing, nor does a document whose content is as it was.
 */
public final class Crawler implements AutoCloseable {

    /** Documents between two commits of sink and state. */
    private static final int COMMIT_EVERY = 100;
    /** Failures in a row after which a host is left alone for the rest of the crawl. */
    private static final int MAX_FAILURES_PER_HOST = 10;
    /** Pages read on other cores while the next is fetched; more would only hold bodies in memory. */
    private static final int READERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final int MAX_PENDING = 2 * READERS;

    private final CrawlOptions options;
    private final PageFetcher fetcher;
    private final PageExtractor extractor = new PageExtractor();
    private final CrawlState state;
    private final HostClock hostClock;
    private final RobotsCache robots;
    private final HostPartition partition;
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS, runnable -> {
        Thread thread = new Thread(runnable, "page-reader");
        thread.setDaemon(true); // a crawl that ends or fails must not keep the process alive
        return thread;
    });

    public Crawler(CrawlOptions options) {
        this(options, new InMemoryCrawlState());
    }

    public Crawler(CrawlOptions options, CrawlState state) {
        this(options, state, HostPartition.ALL);
    }

    /** A crawler that is one of several instances and takes only the hosts of its partition. */
    public Crawler(CrawlOptions options, CrawlState state, HostPartition partition) {
        this(options, state, Clock.systemUTC(), Sleeper.REAL, RobotsCache.RETRY_UNREACHABLE, partition);
    }

    /** A crawler that waits for a host's turn with {@code sleeper}: a test's moves {@code clock} instead of sleeping. */
    Crawler(CrawlOptions options, CrawlState state, Clock clock, Sleeper sleeper) {
        this(options, state, clock, sleeper, RobotsCache.RETRY_UNREACHABLE, HostPartition.ALL);
    }

    private Crawler(CrawlOptions options, CrawlState state, Clock clock, Sleeper sleeper, Duration robotsRetry,
                    HostPartition partition) {
        this.partition = partition;
        this.options = options;
        this.fetcher = new PageFetcher(options.timeout(), options.maxPageBytes());
        this.state = state;
        this.hostClock = new HostClock(clock, sleeper);
        this.robots = new RobotsCache(PageFetcher.ROBOT_NAME, clock, robotsRetry);
    }

    /** Stops the threads that read pages; a crawl in progress fails. */
    @Override
    public void close() {
        readers.shutdownNow();
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
                Politeness.DEFAULT.withMinDelay(options.minDelayPerHost()), options.maxPages());
        return crawl(adHoc, sink, listener);
    }

    /** Crawls a source as its file describes it. */
    public CrawlReport crawl(Source source, DocumentSink sink, CrawlListener listener) throws Exception {
        return new Run(source, sink, listener).crawl();
    }

    /** A fetched page being read on another core, applied in the order it was fetched. */
    private record Pending(String url, FetchedPage page, String bodyHash, Future<Extraction> extraction) {
    }

    /**
     * One crawl of one source: its frontier and its counts. Fetching, and with it politeness, stays on the
     * calling thread, one request at a time; decoding and extraction run on other cores meanwhile.
     */
    private final class Run {
        private final Source source;
        private final DocumentSink sink;
        private final CrawlListener listener;
        private final Politeness politeness;
        private final Frontier frontier = new Frontier();
        private final Map<DocumentKind, Integer> byKind = new EnumMap<>(DocumentKind.class);
        private final Map<String, Integer> failures = new HashMap<>();
        private int pages;
        private int unchanged;
        private int sinceCommit;
        private final ArrayDeque<Pending> pending = new ArrayDeque<>();

        Run(Source source, DocumentSink sink, CrawlListener listener) {
            this.source = source;
            this.sink = sink;
            this.listener = listener;
            this.politeness = source.politeness();
        }

        CrawlReport crawl() throws Exception {
            boolean committed = false;
            try {
                crawlPages();
                commit();
                committed = true;
                return new CrawlReport(pages, byKind, unchanged, failures);
            } finally {
                if (!committed) {
                    // What the sink took since the last commit may never have become durable (Kafka refused it,
                    // the crawl was stopped): the next crawl fetches and emits it again.
                    state.rollback();
                }
            }
        }

        private void crawlPages() throws Exception {
            source.seeds().forEach(frontier::offer);
            while (pages < source.maxPages()) {
                while (!pending.isEmpty() && pending.peek().extraction().isDone()) {
                    apply(pending.poll());
                }
                Optional<Frontier.Entry> next = frontier.next(hostClock);
                if (next.isEmpty()) {
                    if (pending.isEmpty()) {
                        break;
                    }
                    apply(pending.poll()); // its links may fill the frontier again
                    continue;
                }
                visit(next.get());
                if (pending.size() >= MAX_PENDING) {
                    apply(pending.poll());
                }
                listener.queued(frontier.depthByHost());
            }
            while (!pending.isEmpty()) {
                apply(pending.poll());
            }
        }

        /** On the source's hosts and pages, and on a host of this instance's partition. */
        private boolean inScope(String url) {
            return source.inScope(url) && partition.owns(hostOf(url));
        }

        private void visit(Frontier.Entry entry) throws Exception {
            String url = entry.url();
            if (!inScope(url)) {
                return;
            }
            HostRobots rules = robots.rulesFor(url, robotsUrl -> fetch(robotsUrl, Validators.NONE, politeness.minDelay()));
            if (!rules.isAllowed(url)) {
                fail(url, "disallowed: " + rules.why());
                return;
            }
            PageState before = state.page(url).orElse(null);
            // Only document pages are fetched conditionally: a list page's links are what lead to new documents.
            Validators ifChanged = before != null && before.hadDocuments() ? before.validators() : Validators.NONE;
            FetchedPage page;
            try {
                Duration gap = politeness.gap(rules.crawlDelay());
                listener.paced(hostOf(url), gap);
                page = fetch(url, ifChanged, gap);
            } catch (HttpTimeoutException e) {
                retryOrFail(entry, "timeout", null);
                return;
            } catch (IOException | IllegalArgumentException e) {
                retryOrFail(entry, "io: " + e.getClass().getSimpleName(), null);
                return;
            }
            pages++;
            if (page.isTransientFailure()) {
                retryOrFail(entry, "http " + page.status(), page.retryAfter());
                return;
            }
            hostClock.succeeded(hostOf(url));
            if (page.isRedirect()) {
                if (inScope(page.url())) { // never off the allowed hosts, even when a server sends us there
                    frontier.offer(page.url());
                }
                listener.fetched(url, page.status(), 0);
            } else if (page.isNotModified()) {
                unchanged++;
                listener.fetched(url, page.status(), 0);
            } else if (page.tooLarge()) {
                fail(url, "too large");
            } else if (!page.isSuccess() || !page.isHtml()) {
                fail(url, page.isSuccess() ? "not html: " + page.contentType() : "http " + page.status());
            } else {
                read(url, page, before);
            }
        }

        private void read(String url, FetchedPage page, PageState before) throws Exception {
            String bodyHash = ChangeHashes.ofBody(page.body());
            if (before != null && before.hadDocuments() && bodyHash.equals(before.bodyHash())) {
                unchanged++;
                state.recordPage(url, new PageState(page.validators(), bodyHash, true));
                listener.fetched(url, page.status(), 0);
                return;
            }
            pending.add(new Pending(url, page, bodyHash, readers.submit(() -> extract(page))));
        }

        private Extraction extract(FetchedPage page) {
            Document html = HtmlDecoder.decode(page);
            return SourceRules.apply(source, html, extractor.extract(html, source.name(), page.fetchedAt()),
                    page.fetchedAt());
        }

        private void apply(Pending read) throws Exception {
            String url = read.url();
            Extraction extraction;
            try {
                extraction = read.extraction().get();
            } catch (ExecutionException e) {
                fail(url, e.getCause() instanceof UnreadablePageException unreadable
                        ? unreadable.getMessage() : "unreadable page: " + e.getCause().getClass().getSimpleName());
                return;
            }
            int emitted = 0;
            String refused = null;
            for (RawDocument document : extraction.documents()) {
                try {
                    // The status goes with the document so that the crawl state the job indexes says how the page
                    // answered.
                    emitted += emit(document.toBuilder().fingerprint(ContentFingerprint.of(document))
                            .httpStatus(read.page().status()).build()) ? 1 : 0;
                } catch (DocumentTooLargeException e) {
                    refused = e.getMessage();
                }
            }
            if (refused != null) {
                // Like a page too large: counted, and the page not recorded, so that the next crawl tries it again
                // (its other documents went on, and are not sent twice).
                fail(url, "too large for Kafka: " + refused);
            } else {
                if (emitted == 0 && !extraction.documents().isEmpty()) {
                    unchanged++;
                }
                state.recordPage(url, new PageState(read.page().validators(), read.bodyHash(),
                        !extraction.documents().isEmpty()));
            }
            listener.fetched(url, read.page().status(), emitted);
            for (String link : extraction.links()) {
                frontier.offerLink(link, this::inScope);
            }
        }

        /** Sends the document on unless it was emitted before exactly as it is now. */
        private boolean emit(RawDocument document) throws Exception {
            String change = ChangeHashes.ofDocument(document);
            if (state.emitted(document.id()).filter(change::equals).isPresent()) {
                return false;
            }
            sink.accept(document);
            state.recordEmitted(document.id(), change);
            byKind.merge(document.kind(), 1, Integer::sum);
            listener.emitted(document);
            if (++sinceCommit >= COMMIT_EVERY) {
                commit();
            }
            return true;
        }

        /** The sink first: state that says "emitted" must never run ahead of what the sink has made durable. */
        private void commit() throws Exception {
            sink.flush();
            state.commit();
            sinceCommit = 0;
        }

        private void retryOrFail(Frontier.Entry entry, String reason, String retryAfterHeader) {
            String host = hostOf(entry.url());
            Duration retryAfter = RetryAfter.parse(retryAfterHeader, java.time.Instant.ofEpochMilli(hostClock.now()))
                    .orElse(null);
            Duration wait = hostClock.failed(host, retryAfter, politeness);
            if (hostClock.failuresInARow(host) >= MAX_FAILURES_PER_HOST) {
                frontier.dropHost(host);
                fail(entry.url(), reason + ", host given up after " + MAX_FAILURES_PER_HOST + " failures in a row");
            } else if (entry.attempt() + 1 < politeness.maxAttempts()) {
                frontier.retry(entry);
                listener.retrying(entry.url(), reason, wait);
            } else {
                fail(entry.url(), reason);
            }
        }

        private void fail(String url, String reason) {
            failures.merge(reason, 1, Integer::sum);
            listener.failed(url, reason);
        }
    }

    /** Waits for the host's turn, fetches, and starts the host's next gap. */
    private FetchedPage fetch(String url, Validators ifChanged, Duration gap) throws IOException, InterruptedException {
        String host = hostOf(url);
        hostClock.awaitTurn(host);
        try {
            return fetcher.fetch(url, ifChanged);
        } finally {
            hostClock.requested(host, gap);
        }
    }
}
