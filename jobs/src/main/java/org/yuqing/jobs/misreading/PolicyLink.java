package org.yuqing.jobs.misreading;

import java.util.List;

/** A policy a comment talks about, how sure the linker is, and why (for the analyst reading an alert). */
public record PolicyLink(String policyId, double score, List<String> reasons) {

    public PolicyLink {
        reasons = List.copyOf(reasons);
    }
}
