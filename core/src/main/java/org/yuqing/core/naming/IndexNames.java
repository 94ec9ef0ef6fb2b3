package org.yuqing.core.naming;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elasticsearch index names. Documents live in monthly indices behind one alias, so that retention is
 * dropping an old index (this Elasticsearch build has no ILM). The month comes from the publication date,
 * which never changes for a document, so a re-crawl writes to the same index and the same {@code _id}.
 */
public final class IndexNames {

    /** The alias that every query of documents goes through. */
    public static final String DOCUMENTS_ALIAS = "yuqing-docs";
    public static final String DOCUMENTS_PATTERN = "yuqing-docs-*";
    public static final String DOCUMENTS_TEMPLATE = "yuqing-docs";
    /** Where documents without a publication date go: a crawl time would move them between months. */
    public static final String UNDATED_DOCUMENTS = "yuqing-docs-undated";

    /** One document per alert, kept up to date by the alert router (lifecycle and deliveries). */
    public static final String ALERTS = "yuqing-alerts";
    /** One document per registered policy: its clauses, facts and interpretation. */
    public static final String POLICIES = "yuqing-policies";
    /**
     * One document per crawled URL, written by the analysis job for the dashboards: when the page was last
     * fetched, its status and hash, whether it looked hijacked. Called {@code yuqing-crawl-state} before 2026-12;
     * the README says how to move its documents.
     */
    public static final String PAGE_FETCHES = "yuqing-page-fetches";
    /**
     * The crawler's own memory, one document per page and per emitted document of a source, so that a restarted
     * crawler (or the instance a host moved to) emits only what changed.
     */
    public static final String CRAWLER_STATE = "yuqing-crawler-state";

    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})");

    private IndexNames() {
    }

    public static String documentsIndexFor(String publishedAt) {
        if (publishedAt == null) {
            return UNDATED_DOCUMENTS;
        }
        Matcher m = YEAR_MONTH.matcher(publishedAt);
        return m.find() ? "yuqing-docs-" + m.group(1) + "." + m.group(2) : UNDATED_DOCUMENTS;
    }
}
