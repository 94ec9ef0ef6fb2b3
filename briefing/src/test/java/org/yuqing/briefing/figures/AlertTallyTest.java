package org.yuqing.briefing.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuqing.briefing.week.BriefingWeek;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertLifecycle;
import org.yuqing.core.json.Json;

class AlertTallyTest {

    private static final BriefingWeek WEEK = BriefingWeek.parse("2026-W47"); // 2026-11-15T16:00Z to 2026-11-22T16:00Z

    private static AlertRow alert(String id, String body, String raised, String deadline, String status, String answered) {
        return new AlertRow(id, "misreading", "预警" + id, body, "北京市", "某政策", raised, deadline, status, false, answered, null);
    }

    @Test
    void countsRaisedAnsweredResponseTimesAndOverdueByName() {
        List<AlertRow> alerts = List.of(
                alert("a", "甲局", "2026-11-16T00:00:00Z", "2026-11-18T00:00:00Z", "answered", "2026-11-16T04:00:00Z"),
                alert("b", "甲局", "2026-11-17T00:00:00Z", "2026-11-19T00:00:00Z", "answered", "2026-11-17T10:00:00Z"),
                alert("c", "乙局", "2026-11-18T00:00:00Z", "2026-11-20T00:00:00Z", "open", null),
                // raised the week before, answered in this one: counts as answered, not as raised
                alert("d", "乙局", "2026-11-10T00:00:00Z", "2026-11-12T00:00:00Z", "answered", "2026-11-16T00:00:00Z"),
                // deadline after the week's end: not overdue yet
                alert("e", "丙局", "2026-11-22T00:00:00Z", "2026-11-25T00:00:00Z", "open", null));

        AlertFigures figures = AlertTally.of(alerts, WEEK);

        assertThat(figures.raised()).isEqualTo(4);
        assertThat(figures.answered()).isEqualTo(3);
        assertThat(figures.medianResponseHours()).isEqualTo(10.0); // 4 h, 10 h, 144 h
        assertThat(figures.overdue()).extracting(AlertFigures.OverdueAlert::responsibleBody, AlertFigures.OverdueAlert::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("乙局", "预警c"));
        assertThat(figures.byBody()).extracting(AlertFigures.BodyResponse::body).containsExactly("甲局", "乙局", "丙局");
        assertThat(figures.byBody().get(0)).isEqualTo(new AlertFigures.BodyResponse("甲局", 2, 2, 7.0));
    }

    @Test
    void anAlertAnsweredAfterTheWeekWasStillOverdueAtItsEnd() {
        AlertRow late = alert("f", "丁局", "2026-11-16T00:00:00Z", "2026-11-18T00:00:00Z", "answered", "2026-11-24T00:00:00Z");

        assertThat(AlertTally.of(List.of(late), WEEK).overdue()).hasSize(1);
    }

    @Test
    void anUnreadableTimestampIsNotCountedRatherThanFailingTheBriefing() {
        AlertRow garbled = alert("g", "戊局", "not a time", null, "open", null);

        assertThat(AlertTally.of(List.of(garbled), WEEK).raised()).isZero();
    }

    @Test
    void readsTheFieldsTheAlertContractWritesUnderTheSameNames() {
        Set<String> contract = new HashSet<>(jsonNames(Alert.class));
        contract.addAll(jsonNames(AlertLifecycle.class));

        assertThat(contract).containsAll(jsonNames(AlertRow.class));
    }

    private static List<String> jsonNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .map(name -> Json.mapper().getPropertyNamingStrategy().nameForField(null, null, name)).toList();
    }
}
