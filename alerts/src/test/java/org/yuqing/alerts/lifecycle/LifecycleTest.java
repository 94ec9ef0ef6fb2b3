package org.yuqing.alerts.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.alerts.SampleAlerts;
import org.yuqing.alerts.delivery.Notice;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertLifecycle.Notification;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertStatus;

class LifecycleTest {

    private static final Instant NOW = Instant.parse("2025-03-02T00:00:00Z");
    private static final String DEADLINE = "2025-03-03T10:00:00Z";
    private static final Notification SENT = new Notification(NOW.toString(), "new", 1, "市住房公积金管理中心", "email",
            "delivered", "ok");

    private final StoredAlert open = Arrivals.apply(null, alert(1, "medium", AlertState.ACTIVE), List.of("市住房公积金管理中心"),
            List.of(SENT), NOW);

    @Test
    void aNewAlertIsDeliveredAndStoredOpen() {
        assertThat(Arrivals.decide(null, alert(1, "medium", AlertState.ACTIVE))).isEqualTo(new Arrivals.Decision(true, Notice.NEW));
        assertThat(open.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(open.lifecycle().recipients()).containsExactly("市住房公积金管理中心");
        assertThat(open.lifecycle().notifications()).containsExactly(SENT);
    }

    @Test
    void aVersionNotNewerThanTheStoredOneIsIgnored() {
        assertThat(Arrivals.decide(open, alert(1, "medium", AlertState.ACTIVE)).store()).isFalse();
        StoredAlert v3 = Arrivals.apply(open, alert(3, "medium", AlertState.ACTIVE), List.of(), List.of(), NOW);
        assertThat(Arrivals.decide(v3, alert(2, "critical", AlertState.ACTIVE)).store()).isFalse();
    }

    @Test
    void aNewerVersionIsStoredAndNotifiedAgainOnlyWhenSeverityRose() {
        assertThat(Arrivals.decide(open, alert(2, "medium", AlertState.ACTIVE))).isEqualTo(new Arrivals.Decision(true, null));
        assertThat(Arrivals.decide(open, alert(2, "low", AlertState.ACTIVE))).isEqualTo(new Arrivals.Decision(true, null));
        assertThat(Arrivals.decide(open, alert(2, "high", AlertState.ACTIVE)))
                .isEqualTo(new Arrivals.Decision(true, Notice.SEVERITY_RAISED));
    }

    @Test
    void aNewerVersionKeepsWhatPeopleSet() {
        StoredAlert acknowledged = Handling.acknowledge(open, "张三", NOW);

        StoredAlert updated = Arrivals.apply(acknowledged, alert(2, "high", AlertState.ACTIVE), List.of("市住房公积金管理中心"),
                List.of(), NOW.plusSeconds(60));

        assertThat(updated.alert().version()).isEqualTo(2);
        assertThat(updated.alert().severity()).isEqualTo(AlertSeverity.HIGH);
        assertThat(updated.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(updated.lifecycle().acknowledgedBy()).isEqualTo("张三");
        assertThat(updated.lifecycle().notifications()).containsExactly(SENT);
        assertThat(updated.lifecycle().recipients()).containsExactly("市住房公积金管理中心");
    }

    @Test
    void subsidingClosesAnOpenAlertButLeavesAHandledOneAlone() {
        StoredAlert closed = Arrivals.apply(open, alert(2, "medium", AlertState.SUBSIDED), List.of(), List.of(), NOW);
        assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(closed.lifecycle().closedAt()).isEqualTo(NOW.toString());
        assertThat(closed.alert().state()).isEqualTo(AlertState.SUBSIDED);

        StoredAlert acknowledged = Handling.acknowledge(open, "张三", NOW);
        StoredAlert stillAcknowledged = Arrivals.apply(acknowledged, alert(2, "medium", AlertState.SUBSIDED), List.of(),
                List.of(), NOW);
        assertThat(stillAcknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(stillAcknowledged.alert().state()).isEqualTo(AlertState.SUBSIDED);
    }

    @Test
    void aClosedAlertReportedActiveAgainIsReopenedAndNotified() {
        StoredAlert closed = Arrivals.apply(open, alert(2, "medium", AlertState.SUBSIDED), List.of(), List.of(), NOW);

        assertThat(Arrivals.decide(closed, alert(3, "medium", AlertState.ACTIVE)))
                .isEqualTo(new Arrivals.Decision(true, Notice.REOPENED));
        StoredAlert reopened = Arrivals.apply(closed, alert(3, "medium", AlertState.ACTIVE), List.of(), List.of(), NOW);
        assertThat(reopened.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(reopened.lifecycle().closedAt()).isNull();
    }

    @Test
    void acknowledgeThenAnswer() {
        StoredAlert acknowledged = Handling.acknowledge(open, "张三", NOW);
        StoredAlert answered = Handling.answer(acknowledged, "李四", null, "https://gjj.example.gov.cn/jd/3.html", NOW);

        assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(answered.status()).isEqualTo(AlertStatus.ANSWERED);
        assertThat(answered.lifecycle().answeredBy()).isEqualTo("李四");
        assertThat(answered.lifecycle().answerUrl()).isEqualTo("https://gjj.example.gov.cn/jd/3.html");
        assertThat(answered.lifecycle().acknowledgedBy()).isEqualTo("张三");
    }

    @Test
    void wrongTransitionsSayWhy() {
        StoredAlert acknowledged = Handling.acknowledge(open, "张三", NOW);
        StoredAlert answered = Handling.answer(open, "李四", "已发布澄清", null, NOW);

        assertThatThrownBy(() -> Handling.acknowledge(acknowledged, "王五", NOW))
                .isInstanceOf(TransitionException.class)
                .hasMessageContaining("is acknowledged (by 张三");
        assertThatThrownBy(() -> Handling.answer(answered, "王五", "again", null, NOW))
                .hasMessageContaining("already answered (by 李四");
        assertThatThrownBy(() -> Handling.acknowledge(answered, "王五", NOW))
                .hasMessageContaining("only an open alert can be acknowledged");
        assertThatThrownBy(() -> Handling.answer(open, "王五", "text", "https://x.example/1", NOW))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> Handling.acknowledge(open, " ", NOW)).hasMessageContaining("--by");
    }

    @Test
    void anUnansweredAlertBecomesOverdueOnceItsDeadlinePassed() {
        Instant before = Instant.parse(DEADLINE).minusSeconds(1);
        Instant after = Instant.parse(DEADLINE).plusSeconds(1);

        assertThat(Escalation.isDue(open, before)).isFalse();
        assertThat(Escalation.isDue(open, after)).isTrue();
        StoredAlert overdue = Escalation.markOverdue(open, after);
        assertThat(overdue.lifecycle().overdue()).isTrue();
        assertThat(overdue.lifecycle().escalatedAt()).isEqualTo(after.toString());
        assertThat(overdue.status()).isEqualTo(AlertStatus.OPEN);
        // once: an overdue alert is not escalated again
        assertThat(Escalation.isDue(overdue, after.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> Escalation.markOverdue(overdue, after)).isInstanceOf(TransitionException.class);
    }

    @Test
    void answeredOrClosedAlertsAreNeverOverdue() {
        Instant after = Instant.parse(DEADLINE).plusSeconds(1);
        StoredAlert answered = Handling.answer(open, "李四", "已澄清", null, NOW);
        StoredAlert closed = Arrivals.apply(open, alert(2, "medium", AlertState.SUBSIDED), List.of(), List.of(), NOW);

        assertThat(Escalation.isDue(answered, after)).isFalse();
        assertThat(Escalation.isDue(closed, after)).isFalse();
        assertThat(Escalation.isDue(Handling.acknowledge(open, "张三", NOW), after)).isTrue();
    }

    @Test
    void theDocumentHoldsAlertAndLifecycleFieldsSideBySide() {
        StoredAlert acknowledged = Handling.acknowledge(open, "张三", NOW);

        var document = acknowledged.toDocument();

        assertThat(document.path("responsible_body").asText()).isEqualTo(SampleAlerts.BODY);
        assertThat(document.path("misreading").path("clause").asText()).isEqualTo(SampleAlerts.CLAUSE);
        assertThat(document.path("status").asText()).isEqualTo("acknowledged");
        assertThat(document.path("acknowledged_by").asText()).isEqualTo("张三");
        assertThat(document.path("notifications").get(0).path("channel").asText()).isEqualTo("email");
        assertThat(StoredAlert.fromDocument(document)).isEqualTo(acknowledged);
    }

    private static Alert alert(long version, String severity, AlertState state) {
        return SampleAlerts.misreading("hf-3-1", version, severity, state, DEADLINE);
    }
}
