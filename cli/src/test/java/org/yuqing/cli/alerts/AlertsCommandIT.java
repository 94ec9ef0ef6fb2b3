package org.yuqing.cli.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yuqing.alerts.lifecycle.AlertIndex;
import org.yuqing.alerts.lifecycle.AlertStore;
import org.yuqing.alerts.lifecycle.Arrivals;
import org.yuqing.cli.Yuqing;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertStatus;
import org.yuqing.core.alert.AlertType;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine;

/** ./yuqing alerts list|ack|answer against the real Elasticsearch, on an alerts index of the test's own. */
class AlertsCommandIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String index = "yuqing-alerts-cli-it-" + run;
    private final String id = "cli-it-" + run;

    private RestClientTransport transport;
    private ElasticsearchClient es;
    private AlertStore store;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void setUp() {
        transport = ElasticsearchClients.transport(URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200")), null);
        es = new ElasticsearchClient(transport);
        AlertIndex.install(es, index);
        store = new AlertStore(es, index);
        Alert alert = new Alert(id, AlertType.INTERPRETATION_MISSING, 1, AlertState.ACTIVE, AlertSeverity.MEDIUM,
                "《关于促进民营经济发展的若干措施》公开已逾5个工作日仍无解读", "2025-03-01T02:00:00Z", "2025-03-01T02:00:00Z",
                "2025-03-05T10:00:00Z", "市发展和改革委员会", "市人民政府办公厅", "经济", "杭州市", "p-1",
                "关于促进民营经济发展的若干措施", "杭政办函〔2025〕7号", null,
                new Alert.InterpretationDetails("2025-02-20", "2025-02-27", 5), null);
        store.write(Optional.empty(), Arrivals.apply(null, alert, List.of("市发展和改革委员会办公室"), List.of(),
                java.time.Instant.parse("2025-03-01T02:00:01Z")));
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() throws Exception {
        System.setOut(originalOut);
        System.setErr(originalErr);
        es.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        es.indices().deleteIndexTemplate(d -> d.name(index));
        transport.close();
    }

    @Test
    void ackThenAnswerChangeTheStoredStatusAndWrongStepsAreRefused() {
        assertThat(yuqing("alerts", "ack", id, "--by", "张三", "--index", index)).isZero();
        assertThat(store.get(id).orElseThrow().stored().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(store.get(id).orElseThrow().stored().lifecycle().acknowledgedBy()).isEqualTo("张三");

        assertThat(yuqing("alerts", "ack", id, "--by", "王五", "--index", index)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is acknowledged (by 张三");

        assertThat(yuqing("alerts", "answer", id, "--by", "李四", "--url", "https://fgw.example.gov.cn/jd/7.html",
                "--index", index)).isZero();
        var answered = store.get(id).orElseThrow().stored();
        assertThat(answered.status()).isEqualTo(AlertStatus.ANSWERED);
        assertThat(answered.lifecycle().answerUrl()).isEqualTo("https://fgw.example.gov.cn/jd/7.html");

        assertThat(yuqing("alerts", "answer", id, "--by", "李四", "--text", "again", "--index", index)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already answered");
    }

    @Test
    void anUnknownIdIsAClearError() {
        assertThat(yuqing("alerts", "ack", "no-such-alert", "--by", "张三", "--index", index)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no alert with id no-such-alert");
    }

    @Test
    void listFiltersByStatusAndBody() throws Exception {
        es.indices().refresh(r -> r.index(index));
        assertThat(yuqing("alerts", "list", "--status", "open", "--body", "市发展和改革委员会", "--index", index)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(id, "市发展和改革委员会", "interpretation_missing", "03-05 18:00", "1 alert");

        out.reset();
        assertThat(yuqing("alerts", "list", "--status", "answered", "--index", index)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(id).contains("0 alerts");

        assertThat(yuqing("alerts", "list", "--status", "done", "--index", index)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected one of open, acknowledged, answered, closed");
    }

    private int yuqing(String... args) {
        return new CommandLine(new Yuqing()).execute(args);
    }
}
