package org.yuqing.jobs.alerts;

import java.util.List;
import org.yuqing.core.document.DocumentIds;

/**
 * Alert ids: the Kafka key, and the router's document id. They are kept in the operators' state, so an episode
 * restored from a checkpoint goes on with its id; a new episode of the same matter (after one subsided) gets a new
 * one because its start is part of it. Only what the documents say goes into an id, never when they were read, so
 * a replay or a new crawl of the same content raises the alert the router already holds. A readable prefix says
 * what raised it.
 */
final class AlertIds {

    private AlertIds() {
    }

    static String misreading(String policyId, String clauseId, long episodeStart) {
        return "misreading-" + DocumentIds.hash(policyId + "\u0000" + clauseId + "\u0000" + episodeStart);
    }

    /** A policy is interpreted once: one reminder per policy, whenever it is sent. */
    static String interpretationMissing(String policyId) {
        return "interpretation-missing-" + DocumentIds.hash(policyId);
    }

    /**
     * A hijack is known by its first page and what the spammers put there. The time the page was found is not part
     * of it: every crawl finds it anew, and each would raise the same hijack as another alert. The same page
     * hijacked again with other spam is another alert.
     */
    static String siteHijacked(String host, String firstPageId, List<String> evidence) {
        return "site-hijacked-"
                + DocumentIds.hash(host + "\u0000" + firstPageId + "\u0000" + String.join("\u0000", evidence));
    }
}
