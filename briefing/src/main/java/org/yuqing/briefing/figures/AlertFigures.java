package org.yuqing.briefing.figures;

import java.util.List;

/**
 * The alerts of the week, from the alert router's index: raised, answered, by whom and how fast, and the ones
 * still unanswered after their deadline.
 *
 * @param raised            alerts raised in the week
 * @param raisedByType      of those, by what raised them (misreading, interpretation_missing, site_hijacked)
 * @param answered          alerts answered in the week, whenever raised
 * @param medianResponseHours of those, the median time from raised to answered; null when none was answered
 * @param byBody            per responsible body: raised, answered and median response time
 * @param overdue           alerts past their deadline and unanswered at the end of the week, by name
 */
public record AlertFigures(long raised, List<Count> raisedByType, long answered, Double medianResponseHours,
                           List<BodyResponse> byBody, List<OverdueAlert> overdue) {

    public static final AlertFigures NONE = new AlertFigures(0, List.of(), 0, null, List.of(), List.of());

    public AlertFigures {
        raisedByType = List.copyOf(raisedByType);
        byBody = List.copyOf(byBody);
        overdue = List.copyOf(overdue);
    }

    /** How one responsible body handled the alerts sent to it. */
    public record BodyResponse(String body, long raised, long answered, Double medianResponseHours) {
    }

    /** An alert whose deadline passed without an answer. */
    public record OverdueAlert(String responsibleBody, String title, String policyTitle, String deadline, String raisedAt) {
    }
}
