package org.yuqing.alerts.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yuqing.alerts.SampleAlerts;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.json.Json;

class AlertParserTest {

    @Test
    void readsAnAlertAsTheJobWritesIt() throws Exception {
        Alert alert = SampleAlerts.misreading("a1", 4, "high", AlertState.SUBSIDED, "2025-03-03T10:00:00Z");

        assertThat(AlertParser.parse(Json.write(alert))).isEqualTo(alert);
    }

    @Test
    void refusesWhatCannotBeRoutedWithTheReason() {
        assertThatThrownBy(() -> AlertParser.parse("not json")).hasMessageContaining("not an alert in JSON");
        assertThatThrownBy(() -> AlertParser.parse("")).hasMessage("empty record");
        assertThatThrownBy(() -> AlertParser.parse("{\"type\":\"misreading\",\"state\":\"active\"}")).hasMessage("the alert has no id");
        assertThatThrownBy(() -> AlertParser.parse("{\"id\":\"a\",\"state\":\"active\"}")).hasMessage("alert a has no type");
        assertThatThrownBy(() -> AlertParser.parse("{\"id\":\"a\",\"type\":\"misread\",\"state\":\"active\"}"))
                .hasMessageContaining("not an alert in JSON");
        assertThatThrownBy(() -> AlertParser.parse("{\"id\":\"a\",\"type\":\"misreading\"}")).hasMessage("alert a has no state");
        assertThatThrownBy(() -> AlertParser.parse(
                "{\"id\":\"a\",\"type\":\"misreading\",\"state\":\"active\",\"severity\":\"urgent\"}"))
                .hasMessageContaining("not an alert in JSON").hasMessageContaining("'urgent'")
                .hasMessageContaining("low, medium, high, critical");
    }
}
