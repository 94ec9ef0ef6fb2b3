package org.yuqing.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * After {@code ./yuqing demo}: every panel of every dashboard has data for "last 7 days" in the indices the demo
 * filled (the real ones, not a test's own). Run it on purpose, after the demo:
 * {@code mvn -B verify -pl dashboards -am -Dit.test=DemoWeekPanelsIT -Dyuqing.demo-week=true}.
 */
@EnabledIfSystemProperty(named = "yuqing.demo-week", matches = "true")
class DemoWeekPanelsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPanelOfEveryDashboardHasDataForTheLastSevenDays() throws Exception {
        long to = System.currentTimeMillis();
        long from = to - 7L * 24 * 3600 * 1000;
        Map<String, JsonNode> datasources = DashboardsIT.datasources();
        List<String> empty = new ArrayList<>();
        int panels = 0;
        for (Path file : DashboardsIT.dashboardFiles()) {
            JsonNode dashboard = JSON.readTree(file.toFile());
            Map<String, String> allValues = new HashMap<>();
            for (JsonNode variable : dashboard.at("/templating/list")) {
                allValues.put(variable.path("name").asText(), variable.path("allValue").asText("*"));
            }
            for (JsonNode panel : dashboard.path("panels")) {
                JsonNode datasource = datasources.get(panel.at("/datasource/uid").asText());
                panels++;
                for (JsonNode target : panel.path("targets")) {
                    String timeField = target.path("timeField").asText(datasource.at("/jsonData/timeField").asText());
                    JsonNode body = GrafanaQueryTranslator.searchBody(target, timeField, from, to, allValues);
                    JsonNode response = DashboardsIT.post("/" + datasource.at("/jsonData/index").asText() + "/_search",
                            body.toString());
                    if (response.has("error") || !DashboardsIT.hasData(response)) {
                        empty.add(file.getFileName() + " / " + panel.path("title").asText());
                    }
                }
            }
        }
        assertThat(panels).isGreaterThan(0);
        assertThat(empty).as("panels without data for the last 7 days").isEmpty();
    }
}
