package org.yuqing.jobs.misreading;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One comment of the policy-watch corpus, labelled by hand (see the corpus README in the test resources).
 *
 * @param policyId the policy it is about, or null
 * @param clause   for a misreading, a verbatim passage of the policy's text that it misreads
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledComment(String id, String text, @JsonProperty("policy_id") String policyId, boolean misreading,
                              String kind, String clause, String register, String source) {

    /** Whether a clause a detector names is the labelled one: it contains the labelled passage or lies inside it. */
    public boolean rightClause(String named) {
        return named != null && clause != null && (named.contains(clause) || clause.contains(named));
    }
}
