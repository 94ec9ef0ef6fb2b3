package org.yuqing.jobs.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.yuqing.core.document.RawDocument;

/**
 * A policy as a JSON line ({@code ./yuqing analyze --policies}) or as a crawled policy document, before its clauses
 * and facts are read.
 *
 * @param publishedAt ISO-8601 date or date-time, or null when the page gave none
 */
public record PolicyRecord(String id, String title, String docNo, String issuer, String draftingBody,
                           String publishedAt, String text, String interpretation) {

    public static PolicyRecord of(RawDocument policy) {
        return new PolicyRecord(policy.id(), policy.title(), policy.docNo(), policy.issuer(), null,
                policy.publishedAt(), policy.text(), null);
    }

    /**
     * Reads the clauses and facts.
     *
     * @param today stands in for a missing publication date, so that a policy without one still reads its dates
     */
    public Policy toPolicy(PolicyFactory factory, LocalDate today) {
        if (id == null || text == null) {
            throw new IllegalArgumentException("a policy needs at least an id and a text");
        }
        return factory.create(id, title == null ? "" : title, docNo, issuer, draftingBody, day(publishedAt, today),
                text, interpretation);
    }

    /** The day of an ISO date or date-time, or the fallback. */
    public static LocalDate day(String isoDate, LocalDate fallback) {
        if (isoDate == null || isoDate.length() < 10) {
            return fallback;
        }
        try {
            return LocalDate.parse(isoDate.substring(0, 10));
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
