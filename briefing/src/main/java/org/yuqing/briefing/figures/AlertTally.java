package org.yuqing.briefing.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * Turns the alerts that touch a week into its figures. Response times are differences of two timestamps, which
 * this Elasticsearch (no scripts) cannot aggregate; a week has tens of alerts, so they are counted here.
 */
public final class AlertTally {

    private static final String ANSWERED = "answered";
    private static final String NO_BODY = "（未指定）";

    private AlertTally() {
    }

    public static AlertFigures of(List<AlertRow> alerts, BriefingWeek week) {
        Instant start = week.start();
        Instant end = week.end();
        List<AlertRow> raised = alerts.stream().filter(a -> within(a.raised(), start, end)).toList();
        List<AlertRow> answered = alerts.stream().filter(a -> within(a.answered(), start, end)).toList();

        Map<String, Long> byType = raised.stream()
                .collect(Collectors.groupingBy(a -> a.type() == null ? "unknown" : a.type(), TreeMap::new, Collectors.counting()));
        List<Count> raisedByType = byType.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed()).toList();

        Map<String, List<AlertRow>> raisedByBody = raised.stream().collect(Collectors.groupingBy(AlertTally::body));
        Map<String, List<AlertRow>> answeredByBody = answered.stream().collect(Collectors.groupingBy(AlertTally::body));
        List<AlertFigures.BodyResponse> byBody = new ArrayList<>();
        for (String body : new TreeSet<>(union(raisedByBody.keySet(), answeredByBody.keySet()))) {
            List<AlertRow> bodyAnswered = answeredByBody.getOrDefault(body, List.of());
            byBody.add(new AlertFigures.BodyResponse(body, raisedByBody.getOrDefault(body, List.of()).size(),
                    bodyAnswered.size(), medianResponseHours(bodyAnswered)));
        }
        byBody.sort(Comparator.comparingLong(AlertFigures.BodyResponse::raised)
                .thenComparingLong(AlertFigures.BodyResponse::answered).reversed());

        List<AlertFigures.OverdueAlert> overdue = alerts.stream()
                .filter(a -> overdueAt(a, end))
                .sorted(Comparator.comparing(AlertRow::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(a -> new AlertFigures.OverdueAlert(body(a), a.title(), a.policyTitle(), a.responseDeadline(), a.raisedAt()))
                .toList();
        return new AlertFigures(raised.size(), raisedByType, answered.size(), medianResponseHours(answered), byBody, overdue);
    }

    /**
     * Past its deadline and not answered by the end of the week. For a week long gone the router's
     * {@code overdue} flag says how things stand now, so the deadline decides; the flag counts only for an alert
     * without one.
     */
    static boolean overdueAt(AlertRow alert, Instant end) {
        Instant raised = alert.raised();
        if (raised == null || !raised.isBefore(end)) {
            return false;
        }
        Instant answered = alert.answered();
        boolean unansweredAtEnd = answered == null ? !ANSWERED.equals(alert.status()) : !answered.isBefore(end);
        if (!unansweredAtEnd) {
            return false;
        }
        Instant deadline = alert.deadline();
        return deadline != null ? deadline.isBefore(end) : alert.overdue();
    }

    private static Double medianResponseHours(List<AlertRow> answered) {
        List<Double> hours = answered.stream()
                .filter(a -> a.raised() != null)
                .map(a -> Duration.between(a.raised(), a.answered()).toMinutes() / 60.0)
                .sorted().toList();
        if (hours.isEmpty()) {
            return null;
        }
        int middle = hours.size() / 2;
        return hours.size() % 2 == 1 ? hours.get(middle) : (hours.get(middle - 1) + hours.get(middle)) / 2;
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private static String body(AlertRow alert) {
        return alert.responsibleBody() == null || alert.responsibleBody().isBlank() ? NO_BODY : alert.responsibleBody();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
