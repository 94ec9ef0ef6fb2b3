package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Instant;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.briefing.week.BriefingWeek;

/** Sites whose pages the crawler fetched in the week (or since, until the briefing is written) and found hijacked (injected spam), by source. */
final class HijackQuery {

    private static final int SITES = 20;
    private static final int URLS = 3;

    private final IndexSearch index;

    HijackQuery(IndexSearch index) {
        this.index = index;
    }

    /** @param until the end of the time searched, at or after the week's end */
    List<HijackedSite> of(BriefingWeek week, String region, Instant until) throws IOException {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.term(t -> t.field("integrity.hijacked").value(true))));
        // Found when fetched: a page published years ago is reported the week its spam was seen.
        filters.add(WeekFilters.within("fetched_at", week.start(), until));
        if (region != null) {
            filters.add(WeekFilters.term("region", region));
        }
        var response = index.search(s -> s
                .size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("sites", a -> a
                        .terms(t -> t.field("source").size(SITES))
                        .aggregations("pages", p -> p.topHits(h -> h.size(URLS).source(src -> src.filter(f -> f.includes("url")))))),
                Void.class);
        List<HijackedSite> sites = new ArrayList<>();
        if (response.aggregations().isEmpty()) {
            return sites;
        }
        for (StringTermsBucket site : response.aggregations().get("sites").sterms().buckets().array()) {
            List<String> urls = new ArrayList<>();
            for (Hit<JsonData> page : site.aggregations().get("pages").topHits().hits().hits()) {
                if (page.source() != null && page.source().toJson().asJsonObject().containsKey("url")) {
                    urls.add(page.source().toJson().asJsonObject().getString("url"));
                }
            }
            sites.add(new HijackedSite(siteName(site.key().stringValue(), urls), site.docCount(), urls));
        }
        return sites;
    }

    /** The host people know the site by, when a page's URL gives it; the source name otherwise. */
    private static String siteName(String source, List<String> urls) {
        for (String url : urls) {
            try {
                String host = URI.create(url).getHost();
                if (host != null) {
                    return host;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed URL names no host; try the next one
            }
        }
        return source;
    }
}
