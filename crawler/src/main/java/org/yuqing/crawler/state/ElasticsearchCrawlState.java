package org.yuqing.crawler.state;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yuqing.core.naming.IndexNames;

/**
 * Crawl state in Elasticsearch, one document per page and per emitted document of a source, as StormCrawler
 * keeps its status index. It is keyed by source and not by crawler instance, so that when the hosts are split
 * among more or fewer instances, a host's new owner knows what the old one emitted; and it outlives the machine a
 * crawler ran on.
 *
 * <p>Opening loads the source's whole state (tens of thousands of entries at most); lookups are then in memory.
 * A commit writes what changed in one bulk request and returns once a search would see it, so that a crawler
 * opened right after (a restart, a new owner) reads it back. When any of it is refused, the commit fails and the
 * crawler rolls back: the next crawl redoes that work, and what Elasticsearch did take is written again the same.
 *
 * <p>The caller owns the client and closes it.
 */
public final class ElasticsearchCrawlState extends InMemoryCrawlState {

    /** Entries a search returns at a time while loading. */
    private static final int PAGE = 1_000;

    private final ElasticsearchClient client;
    private final String index;
    private final String source;

    private ElasticsearchCrawlState(ElasticsearchClient client, String index, String source) {
        this.client = client;
        this.index = index;
        this.source = source;
    }

    /** Opens the state of one source in {@link IndexNames#CRAWLER_STATE}, installing the index if missing. */
    public static ElasticsearchCrawlState open(ElasticsearchClient client, String source) throws IOException {
        return open(client, IndexNames.CRAWLER_STATE, source);
    }

    /** The same in another index, under a template of its own name: tests keep their state apart this way. */
    public static ElasticsearchCrawlState open(ElasticsearchClient client, String index, String source)
            throws IOException {
        CrawlerStateIndex.install(client, index);
        ElasticsearchCrawlState state = new ElasticsearchCrawlState(client, index, source);
        state.load();
        return state;
    }

    public String index() {
        return index;
    }

    @Override
    protected void persist(Map<String, PageState> recordedPages, Map<String, String> recordedEmitted)
            throws IOException {
        List<StateEntry> entries = changedEntries(recordedPages, recordedEmitted);
        if (entries.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>(entries.size());
        for (StateEntry entry : entries) {
            operations.add(BulkOperation.of(o -> o.index(i -> i.id(entry.id()).document(entry))));
        }
        BulkResponse response;
        try {
            response = client.bulk(b -> b.index(index).refresh(Refresh.WaitFor).operations(operations));
        } catch (ElasticsearchException | IOException e) {
            throw new IOException("cannot write the crawl state of " + source + " to index " + index + ": "
                    + e.getMessage(), e);
        }
        if (response.errors()) {
            throw refused(entries, response.items());
        }
    }

    /**
     * A re-crawl records every page it finds unchanged again; writing only what differs from the committed state
     * keeps an unchanged re-crawl from rewriting the whole source.
     */
    private List<StateEntry> changedEntries(Map<String, PageState> recordedPages, Map<String, String> recordedEmitted) {
        Instant now = Instant.now();
        List<StateEntry> entries = new ArrayList<>();
        recordedPages.forEach((url, page) -> {
            if (!page.equals(pages.get(url))) {
                entries.add(StateEntry.page(source, url, page, now));
            }
        });
        recordedEmitted.forEach((documentId, hash) -> {
            if (!Objects.equals(hash, emitted.get(documentId))) {
                entries.add(StateEntry.document(source, documentId, hash, now));
            }
        });
        return entries;
    }

    /** Names the index, how many entries were refused, and the first of them with Elasticsearch's reason. */
    private IOException refused(List<StateEntry> entries, List<BulkResponseItem> items) {
        int failed = 0;
        String first = null;
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                continue;
            }
            failed++;
            if (first == null) {
                first = entries.get(i).describe() + ": " + item.error().type() + ": " + item.error().reason();
            }
        }
        return new IOException("index " + index + " refused " + failed + " of " + entries.size()
                + " crawl state entries of " + source + ", the first " + first);
    }

    /** Reads the source's entries in pages sorted by kind and key, each page going on after the last one. */
    private void load() throws IOException {
        List<FieldValue> after = List.of(); // the first page
        while (true) {
            List<Hit<StateEntry>> hits = search(after);
            for (Hit<StateEntry> hit : hits) {
                StateEntry entry = hit.source();
                if (entry.kind() == StateEntry.Kind.PAGE) {
                    pages.put(entry.key(), entry.pageState());
                } else {
                    emitted.put(entry.key(), entry.changeHash());
                }
            }
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private List<Hit<StateEntry>> search(List<FieldValue> after) throws IOException {
        try {
            SearchResponse<StateEntry> response = client.search(s -> {
                s.index(index).size(PAGE).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.term(t -> t.field("source").value(source)))
                        .sort(o -> o.field(f -> f.field("kind").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("key").order(SortOrder.Asc)));
                return after.isEmpty() ? s : s.searchAfter(after);
            }, StateEntry.class);
            return response.hits().hits();
        } catch (ElasticsearchException | IOException e) {
            throw new IOException("cannot read the crawl state of " + source + " from index " + index + ": "
                    + e.getMessage(), e);
        }
    }
}
