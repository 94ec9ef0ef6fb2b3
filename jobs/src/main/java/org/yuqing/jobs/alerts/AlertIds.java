package org.yuqing.jobs.alerts;

import org.yuqing.core.document.DocumentIds;

/**
 * Alert ids: the Kafka key, and the router's document id. They are kept in the operators' state, so an episode
 * restored from a checkpoint goes on with its id; a new episode of the same matter (after one subsided) gets a new
 * one because its start is part of it. A readable prefix says what raised it.
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

    static String siteHijacked(String host, long episodeStart) {
        return "site-hijacked-" + DocumentIds.hash(host + "\u0000" + episodeStart);
    }
}
