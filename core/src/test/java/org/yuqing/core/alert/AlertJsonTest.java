package org.yuqing.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.json.Json;

/** The alert as it travels on yuqing.alerts and sits in yuqing-alerts: the router and dashboards read these words. */
class AlertJsonTest {

    private static final Alert SITE = new Alert("site-1", AlertType.SITE_HIJACKED, 2, AlertState.SUBSIDED,
            AlertSeverity.CRITICAL, "页面被植入赌博推广内容", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z",
            "2026-01-01T04:00:00Z", "示例市政府办公室", null, null, null, null, null, null, null, null,
            new Alert.SiteDetails("www.example.gov.cn", 5, List.of("http://www.example.gov.cn/a"), List.of("spam title")));

    @Test
    void typeStateAndSeverityAreLowerCaseWords() throws Exception {
        JsonNode json = Json.mapper().valueToTree(SITE);

        assertThat(json.get("type").asText()).isEqualTo("site_hijacked");
        assertThat(json.get("state").asText()).isEqualTo("subsided");
        assertThat(json.get("severity").asText()).isEqualTo("critical");
        assertThat(Json.mapper().treeToValue(json, Alert.class)).isEqualTo(SITE);
    }

    @Test
    void aSeverityWrittenInUpperCaseBeforeTheEnumStillReads() {
        assertThat(AlertSeverity.of("CRITICAL")).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(AlertSeverity.rose(AlertSeverity.HIGH, AlertSeverity.CRITICAL)).isTrue();
        assertThat(AlertSeverity.rose(AlertSeverity.HIGH, AlertSeverity.HIGH)).isFalse();
        assertThat(AlertSeverity.rose(null, AlertSeverity.LOW)).isTrue();
    }

    @Test
    void theLifecycleStatusIsALowerCaseWord() throws Exception {
        AlertLifecycle lifecycle = new AlertLifecycle(AlertStatus.ACKNOWLEDGED, false, "2026-01-01T01:00:00Z", "值班员",
                null, null, null, null, null, null, List.of("ops"), List.of());

        JsonNode json = Json.mapper().valueToTree(lifecycle);

        assertThat(json.get("status").asText()).isEqualTo("acknowledged");
        assertThat(Json.mapper().treeToValue(json, AlertLifecycle.class)).isEqualTo(lifecycle);
    }
}
