package org.yuqing.jobs.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.document.MisreadingFinding;
import org.yuqing.jobs.misreading.PolicyWatch;
import org.yuqing.jobs.policy.TestPolicies;

/** Comments of the evaluation set that misread one clause, as the policy watch flags them. */
final class FlaggedComments {

    private FlaggedComments() {
    }

    /** Every labelled misreading of the policy that the watch flags against this clause, written at {@code at}. */
    static List<FlaggedComment> of(String policyId, String clauseId, long at) {
        PolicyWatch watch = new PolicyWatch(TestPolicies.registry());
        LocalDate day = LocalDate.of(2026, 11, 6);
        List<FlaggedComment> comments = new ArrayList<>();
        for (EvaluationComments.Labelled labelled : EvaluationComments.misreadingsOf(policyId)) {
            MisreadingFinding finding = watch.watch(labelled.text(), day).misreading();
            if (finding.flag() && clauseId.equals(finding.clauseId())) {
                comments.add(new FlaggedComment(labelled.id(), finding.policyId(), finding.clauseId(),
                        finding.clause(), finding.kind(), finding.score(), labelled.text(), at, 0, 0, false, false,
                        null, null));
            }
        }
        return comments;
    }
}
