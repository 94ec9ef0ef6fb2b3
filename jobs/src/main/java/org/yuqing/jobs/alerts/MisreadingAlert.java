package org.yuqing.jobs.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.jobs.misreading.MisreadingKind;

/**
 * What a drafter receives when people misread a clause: the clause quoted, what people get wrong and how many,
 * three comments to see it in their words, the interpretation passage that already answers it (if any), a
 * clarification to publish, who must answer and by when. Readable without opening a dashboard.
 *
 * @param kind                  the most frequent kind among the comments
 * @param countsByKind          comments per kind label
 * @param interpretationPassage the sentence of the policy's interpretation that best answers the misreading, null
 *                              when the policy has no interpretation or none of it is about this clause
 * @param issuer                the body that issued the policy, for routing when it is not the one that answers
 */
public record MisreadingAlert(String policyId, String policyTitle, String docNo, String clauseId, String clause,
                              MisreadingKind kind, int count, Map<String, Integer> countsByKind, Trend trend,
                              List<String> examples, String interpretationPassage, String suggestedClarification,
                              String responsibleBody, String issuer, AlertSeverity severity, Instant responseDeadline) {

    public MisreadingAlert {
        countsByKind = Map.copyOf(countsByKind);
        examples = List.copyOf(examples);
    }
}
