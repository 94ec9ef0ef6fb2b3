package org.yuqing.jobs.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

/**
 * A policy as a JSON line ({@code ./yuqing analyze --policies}) or as a crawled policy document, before its clauses
 * and facts are read.
 *
 * @param publishedAt ISO-8601 date or date-time, or null when the page gave none
 */
public record PolicyRecord(String id, String title, String docNo, String issuer, String draftingBody,
                           String publishedAt, String text, String interpretation) {

    /**
     * A crawled policy; or a crawled interpretation as the part of its policy's record that it fills: the id of the
     * policy it links to (its {@code reply_to}) and the interpretation's text. Null for any other document.
     */
    public static PolicyRecord of(RawDocument document) {
        if (document.kind() == DocumentKind.INTERPRETATION) {
            return document.replyTo() == null ? null
                    : new PolicyRecord(document.replyTo(), null, null, null, null, null, null, document.text());
        }
        if (document.kind() != DocumentKind.POLICY) {
            return null;
        }
        return new PolicyRecord(document.id(), document.title(), document.docNo(), document.issuer(), null,
                document.publishedAt(), document.text(), null);
    }

    /** Whether a crawled document adds to the policy registry: a policy, or an interpretation that names its policy. */
    public static boolean describesAPolicy(RawDocument document) {
        return document.kind() == DocumentKind.POLICY
                || (document.kind() == DocumentKind.INTERPRETATION && document.replyTo() != null);
    }

    /**
     * This record with what a later one of the same policy adds: a re-crawl's fields, or the interpretation's
     * text; what the later one does not know is kept, so an interpretation may come before or after its policy.
     */
    public PolicyRecord mergedWith(PolicyRecord later) {
        return new PolicyRecord(id, or(later.title, title), or(later.docNo, docNo), or(later.issuer, issuer),
                or(later.draftingBody, draftingBody), or(later.publishedAt, publishedAt), or(later.text, text),
                or(later.interpretation, interpretation));
    }

    private static String or(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
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
