package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.core.json.Json;

class MisreadingJsonTest {

    @Test
    void aMisreadingTravelsInTheProjectsSnakeCaseFormWithItsKindAsALabel() {
        Misreading misreading = new Misreading(true, MisreadingKind.OVERGENERALIZATION, "一、调整范围。本市户籍。",
                "demo-1001#一", "demo-1001", 0.8, "评论说“所有”");

        String json = Json.write(misreading);

        assertThat(json).contains("\"flag\":true", "\"kind\":\"overgeneralization\"", "\"clause_id\":\"demo-1001#一\"",
                "\"policy_id\":\"demo-1001\"", "\"clause\":\"一、调整范围。本市户籍。\"");
    }

    @Test
    void noMisreadingStillSaysWhichPolicyWasLooked() {
        assertThat(Json.write(Misreading.none("demo-1001"))).contains("\"flag\":false", "\"kind\":null",
                "\"policy_id\":\"demo-1001\"");
    }
}
