package org.yuqing.alerts.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.alerts.SampleAlerts;
import org.yuqing.alerts.lifecycle.AlertQuery;
import org.yuqing.alerts.lifecycle.AlertStore;
import org.yuqing.alerts.lifecycle.Handling;
import org.yuqing.alerts.lifecycle.StoredAlert;
import org.yuqing.alerts.routing.RouterConfig;
import org.yuqing.alerts.routing.RoutingFile;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertStatus;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.json.Json;

/**
 * The router on the real Kafka and Elasticsearch, delivering to a webhook receiver and a GreenMail SMTP server on
 * loopback. Topic, consumer group, dead-letter topic and alerts index are unique to the run.
 */
class AlertRouterIT {

    private static final String SECRET = "it-webhook-secret";
    private static final String FUND = "市住房公积金管理中心政策法规处";
    private static final String OFFICE = "市委宣传部舆情信息处";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "yuqing.alerts.it-" + run;
    private final String deadLetters = "yuqing.dlq.it-" + run;
    private final String index = "yuqing-alerts-it-" + run;
    private final String bootstrap = System.getProperty("yuqing.kafka", "127.0.0.1:9092");

    @TempDir
    Path dir;

    private GreenMail mail;
    private WebhookReceiver webhooks;
    private RestClient rest;
    private ElasticsearchClient es;
    private AlertStore store;
    private AlertRouter router;
    private Thread routerThread;

    @BeforeEach
    void start() throws Exception {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        mail.setUser("yuqing-alerts@example.gov.cn", "yuqing-alerts", "it-smtp-password");
        webhooks = new WebhookReceiver(SECRET);
        rest = RestClient.builder(HttpHost.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"))).build();
        es = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.mapper())));
        store = new AlertStore(es, index);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1), new NewTopic(deadLetters, 1, (short) 1))).all().get();
        }

        Path routing = dir.resolve("routing.yaml");
        Files.writeString(routing, """
                fallback: %s
                deadline_check_seconds: 1
                webhook:
                  secret_env: IT_WEBHOOK_SECRET
                  attempts: 3
                  first_retry_millis: 50
                  timeout_seconds: 5
                smtp:
                  host: 127.0.0.1
                  port: %d
                  security: none
                  from: 舆情监测系统 <yuqing-alerts@example.gov.cn>
                  username: yuqing-alerts
                  password_env: IT_SMTP_PASSWORD
                recipients:
                  - name: %s
                    email: xcb@example.gov.cn
                    webhook: %s
                  - name: %s
                    email: zcfg@gjj.example.gov.cn
                    webhook: %s
                rules:
                  - name: 公积金政策
                    responsible_bodies: [%s]
                    recipients: [%s]
                """.formatted(OFFICE, mail.getSmtp().getPort(), OFFICE, webhooks.url("/office"), FUND,
                webhooks.url("/fund"), SampleAlerts.BODY, FUND));
        RouterConfig config = RoutingFile.load(routing, Map.of("IT_WEBHOOK_SECRET", SECRET, "IT_SMTP_PASSWORD", "it-smtp-password"));

        router = AlertRouter.open(config, new RouterOptions(bootstrap, topic, "alert-router-it-" + run, deadLetters, index),
                es, Clock.systemUTC());
        routerThread = new Thread(router::run, "alert-router-it");
        routerThread.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (router != null) {
            router.stop();
            routerThread.join(10_000);
            router.close();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.deleteTopics(List.of(topic, deadLetters)).all().get();
        }
        es.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        es.indices().deleteIndexTemplate(d -> d.name(index));
        rest.close();
        webhooks.close();
        mail.stop();
    }

    @Test
    void alertsAreDeliveredOnceStoredHandledAndEscalatedWhenOverdue() throws Exception {
        String quiet = "it-" + run + "-quiet";
        String urgent = "it-" + run + "-urgent";
        String farDeadline = Instant.now().plus(Duration.ofDays(3)).toString();
        webhooks.failFirstAttemptOf(quiet + ":1:new");

        Alert quietV1 = SampleAlerts.misreading(quiet, 1, "medium", AlertState.ACTIVE, farDeadline);
        produce(quietV1);
        produce(quietV1); // at-least-once upstream: the same version again
        produce(SampleAlerts.misreading(quiet, 2, "medium", AlertState.ACTIVE, farDeadline));
        produceRaw(quiet, "{\"id\": \"" + quiet + "\", \"version\": \"not a number\"}");

        // the webhook answered 503 once and got the alert on the retry; the signature verified each time
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(storedVersion(quiet)).isEqualTo(2));
        assertThat(webhooks.refused()).isEmpty();
        assertThat(deliveriesOf(quiet)).containsExactly(quiet + ":1:new");
        WebhookReceiver.Delivery delivery = webhooks.accepted().get(0);
        assertThat(delivery.path()).isEqualTo("/fund");
        assertThat(Json.read(delivery.body(), Alert.class)).isEqualTo(quietV1);

        // one mail to the drafting body, with the clause quoted; none for the duplicate or the quiet update
        MimeMessage[] fundMails = mailsTo("zcfg@gjj.example.gov.cn");
        assertThat(fundMails).hasSize(1);
        assertThat(fundMails[0].getSubject()).isEqualTo("【舆情预警·中】" + quietV1.title());
        assertThat(fundMails[0].getContent().toString()).contains("「" + SampleAlerts.CLAUSE + "」", "建议澄清口径");
        assertThat(mailsTo("xcb@example.gov.cn")).isEmpty();

        StoredAlert stored = store.get(quiet).orElseThrow().stored();
        assertThat(stored.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(stored.lifecycle().recipients()).containsExactly(FUND);
        assertThat(stored.lifecycle().notifications()).extracting(n -> n.channel() + " " + n.outcome())
                .containsExactlyInAnyOrder("webhook delivered", "email delivered");
        assertThat(stored.lifecycle().notifications()).filteredOn(n -> n.channel().equals("webhook"))
                .first().extracting(n -> n.detail()).asString().contains("attempt 2 of 3");

        // the malformed record is in the dead-letter topic with the reason, untouched
        ConsumerRecord<String, String> letter = firstRecord(deadLetters);
        assertThat(letter.value()).contains("\"stage\":\"route\"", "not a number", "\"origin\":\"" + topic + "/");

        // people acknowledge and answer; a later, more severe version is stored without undoing that
        store.update(quiet, s -> Handling.acknowledge(s, "张三", Instant.now()));
        assertThat(store.get(quiet).orElseThrow().stored().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        store.update(quiet, s -> Handling.answer(s, "李四", null, "https://gjj.example.gov.cn/jd/3.html", Instant.now()));
        produce(SampleAlerts.misreading(quiet, 3, "critical", AlertState.ACTIVE, farDeadline));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(storedVersion(quiet)).isEqualTo(3));
        StoredAlert answered = store.get(quiet).orElseThrow().stored();
        assertThat(answered.status()).isEqualTo(AlertStatus.ANSWERED);
        assertThat(answered.alert().severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(answered.lifecycle().acknowledgedBy()).isEqualTo("张三");
        assertThat(answered.lifecycle().answerUrl()).isEqualTo("https://gjj.example.gov.cn/jd/3.html");
        assertThat(deliveriesOf(quiet)).hasSize(1);

        // an alert nobody acknowledges before its deadline (seconds away) is escalated to the publicity office, once
        produce(SampleAlerts.misreading(urgent, 1, "high", AlertState.ACTIVE, Instant.now().plusSeconds(3).toString()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(deliveriesOf(urgent)).containsExactlyInAnyOrder(
                        urgent + ":1:new", urgent + ":1:overdue", urgent + ":1:escalation"));
        assertThat(webhooks.accepted()).filteredOn(d -> d.delivery().equals(urgent + ":1:escalation"))
                .extracting(WebhookReceiver.Delivery::path).containsExactly("/office");
        // the mail goes after the webhook: wait for it too
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo("xcb@example.gov.cn")).hasSize(1));
        MimeMessage[] officeMails = mailsTo("xcb@example.gov.cn");
        assertThat(officeMails[0].getSubject()).startsWith("【逾期督办·高】");
        assertThat(officeMails[0].getContent().toString()).contains("「" + SampleAlerts.CLAUSE + "」", "仍未答复");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            StoredAlert overdue = store.get(urgent).orElseThrow().stored();
            assertThat(overdue.lifecycle().overdue()).isTrue();
            assertThat(overdue.lifecycle().escalatedAt()).isNotNull();
            assertThat(overdue.lifecycle().notifications()).extracting(n -> n.notice())
                    .contains("new", "overdue", "escalation");
        });
        // searches see the index as of its last refresh (every second)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(store.search(new AlertQuery(null, SampleAlerts.BODY, true, 10)))
                        .extracting(s -> s.alert().id()).containsExactly(urgent));

        // checks after the escalation leave it alone
        long checksSoFar = router.progress().deadlineChecks();
        await().atMost(Duration.ofSeconds(30)).until(() -> router.progress().deadlineChecks() >= checksSoFar + 2);
        assertThat(deliveriesOf(urgent)).hasSize(3);
        assertThat(router.progress().escalated()).isEqualTo(1);
    }

    private long storedVersion(String id) {
        return store.get(id).map(v -> v.stored().alert().version()).orElse(-1L);
    }

    private List<String> deliveriesOf(String id) {
        return webhooks.accepted().stream().map(WebhookReceiver.Delivery::delivery).filter(d -> d.startsWith(id + ":")).toList();
    }

    private MimeMessage[] mailsTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                to.add(message);
            }
        }
        return to.toArray(MimeMessage[]::new);
    }

    private void produce(Alert alert) throws Exception {
        produceRaw(alert.id(), Json.write(alert));
    }

    private void produceRaw(String key, String value) throws Exception {
        Properties p = KafkaConnection.plaintext(bootstrap).producerProperties();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private ConsumerRecord<String, String> firstRecord(String fromTopic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "alert-router-it-reader-" + run);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(fromTopic));
            Instant until = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    return record;
                }
            }
        }
        throw new AssertionError("nothing in " + fromTopic + " within 30 s");
    }
}
