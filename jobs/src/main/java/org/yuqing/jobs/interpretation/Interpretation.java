package org.yuqing.jobs.interpretation;

import java.time.LocalDate;

/** An official interpretation (政策解读) published for a policy. */
public record Interpretation(String policyId, String title, LocalDate publishedAt, String source) {
}
