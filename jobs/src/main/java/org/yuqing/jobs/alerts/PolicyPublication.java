package org.yuqing.jobs.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.jobs.eventtime.EventTime;
import org.yuqing.jobs.policy.PolicyRecord;

/**
 * A policy published, or an interpretation of one: what the interpretation reminders are keyed and timed by.
 * An interpretation page names its policy in {@code reply_to} (the crawler follows its 政策原文 link).
 *
 * @param interpretation whether this is the interpretation of the policy rather than the policy
 * @param publishedOn    the day it was published in China, an ISO date (kept as text, as every date in the project's
 *                       JSON is); null when an interpretation gives none
 */
public record PolicyPublication(String policyId, boolean interpretation, String title, String docNo, String issuer,
                                String publishedOn) {

    public LocalDate publicationDay() {
        return LocalDate.parse(publishedOn);
    }

    public static Optional<PolicyPublication> of(AnalyzedDocument document) {
        RawDocument raw = document.raw();
        if (raw.kind() == DocumentKind.POLICY && raw.publishedAt() != null) {
            LocalDate day = PolicyRecord.day(raw.publishedAt(), null);
            return day == null ? Optional.empty()
                    : Optional.of(new PolicyPublication(raw.id(), false, raw.title(), raw.docNo(), raw.issuer(),
                            day.toString()));
        }
        if (raw.kind() == DocumentKind.INTERPRETATION && raw.replyTo() != null) {
            String day = EventTime.of(raw)
                    .map(millis -> Instant.ofEpochMilli(millis).atZone(EventTime.CHINA).toLocalDate().toString())
                    .orElse(null);
            return Optional.of(new PolicyPublication(raw.replyTo(), true, raw.title(), null, null, day));
        }
        return Optional.empty();
    }
}
