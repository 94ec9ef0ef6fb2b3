package org.yuqing.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.jobs.misreading.Misreading;
import org.yuqing.jobs.misreading.MisreadingKind;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.TestPolicies;

class AlertBuilderTest {

    private static final PolicyIndex INDEX = new PolicyIndex(TestPolicies.registry());
    private static final Instant NOW = Instant.parse("2026-11-07T12:00:00Z");

    private final AlertBuilder builder = new AlertBuilder(INDEX, Duration.ofHours(24));

    @Test
    void oneAlertPerMisreadClauseQuotingItWithExamplesAndTheInterpretationsAnswer() {
        List<Detection> detections = new ArrayList<>();
        detections.add(detection("a", "示政办〔2026〕41号规定企业退休人员也一起涨", 30, 5, OVER, SCOPE));
        detections.add(detection("b", "请问我父亲是机关事业单位退休的，是不是也能每月多领30元？", 3, 0, CONFUSED, SCOPE));
        detections.add(detection("c", "外地户口的老人也能领到这次提高的基础养老金，全体老人都有份", 2, 1, OVER, SCOPE));
        detections.add(detection("d", "示政办〔2026〕41号规定企业退休人员也一起涨", 1, 0, OVER, SCOPE));
        detections.add(detection("e", "养老金每月涨50元，从200涨到250，太好了！", 40, 2, WRONG, AMOUNT));
        detections.add(new Detection("f", "才涨30元，物价涨得比这快多了，太少了！", NOW.minus(Duration.ofHours(1)), 9,
                Misreading.none("demo-1001")));

        List<MisreadingAlert> alerts = builder.build(detections, NOW);

        assertThat(alerts).extracting(MisreadingAlert::clauseId).containsExactly("demo-1001#一", "demo-1001#二");
        MisreadingAlert scope = alerts.get(0);
        assertThat(scope.clause()).isEqualTo("一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。");
        assertThat(scope.count()).isEqualTo(4);
        assertThat(scope.countsByKind()).containsEntry("overgeneralization", 3).containsEntry("confusion", 1);
        assertThat(scope.kind()).isEqualTo(MisreadingKind.OVERGENERALIZATION);
        assertThat(scope.examples()).hasSize(3).doesNotHaveDuplicates();
        assertThat(scope.interpretationPassage()).contains("城镇职工基本养老保险退休人员不在本次调整范围内");
        assertThat(scope.suggestedClarification()).contains("“一、调整范围。本市户籍", "示政办〔2026〕41号");
        assertThat(scope.responsibleBody()).isEqualTo("示例市人力资源和社会保障局");
        assertThat(scope.trend().direction()).isEqualTo("rising");
        assertThat(scope.responseDeadline()).isEqualTo(NOW.plus(scope.severity().responseTime()));
    }

    @Test
    void rumoursAndRisingCountsAreMoreUrgent() {
        assertThat(AlertBuilder.severity(3, MisreadingKind.CONTRADICTION, Trend.of(1, 2)))
                .isEqualTo(AlertSeverity.LOW);
        assertThat(AlertBuilder.severity(10, MisreadingKind.RUMOR, Trend.of(5, 5))).isEqualTo(AlertSeverity.HIGH);
        assertThat(AlertBuilder.severity(12, MisreadingKind.CONTRADICTION, Trend.of(10, 2)))
                .isEqualTo(AlertSeverity.HIGH);
        assertThat(AlertBuilder.severity(60, MisreadingKind.CONFUSION, Trend.of(50, 10)))
                .isEqualTo(AlertSeverity.CRITICAL);
    }

    private static final MisreadingKind OVER = MisreadingKind.OVERGENERALIZATION;
    private static final MisreadingKind CONFUSED = MisreadingKind.CONFUSION;
    private static final MisreadingKind WRONG = MisreadingKind.CONTRADICTION;
    private static final String SCOPE = "demo-1001#一";
    private static final String AMOUNT = "demo-1001#二";

    /** A comment the detector flagged: the alert builder's input, whatever the detector's weights are. */
    private static Detection detection(String id, String text, int hoursAgo, long likes, MisreadingKind kind,
                                       String clauseId) {
        Clause clause = TestPolicies.registry().byId("demo-1001").orElseThrow().clauses().stream()
                .filter(c -> c.id().equals(clauseId)).findFirst().orElseThrow();
        return new Detection(id, text, NOW.minus(Duration.ofHours(hoursAgo)), likes,
                new Misreading(true, kind, clause.text(), clause.id(), "demo-1001", 0.9, "条款不是这样说的"));
    }
}
