package org.yuqing.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.alerts.delivery.WebhookSignature;
import org.yuqing.alerts.lifecycle.AlertStore;
import org.yuqing.alerts.lifecycle.StoredAlert;
import org.yuqing.alerts.router.AlertRouter;
import org.yuqing.alerts.router.RouterOptions;
import org.yuqing.alerts.routing.RoutingFile;
import org.yuqing.cli.crawl.CrawlCommand;
import org.yuqing.cli.demo.DemoMisreadings;
import org.yuqing.cli.demo.DemoPortal;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.config.Settings;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.crawler.emit.KafkaDocumentSink;
import org.yuqing.jobs.analysis.AnalysisJob;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;

/**
 * The policy watch end to end on the real Kafka and Elasticsearch: a policy is crawled from a portal, comments
 * that misread one of its clauses arrive, the analysis job raises an alert, and the router delivers it to the
 * drafting body by signed webhook and by mail, quoting the clause. Left unanswered past its deadline, it is
 * escalated to the publicity office.
 */
class PolicyMisreadingAlertIT {

    private static final String KAFKA = System.getProperty("yuqing.kafka", "127.0.0.1:9092");
    private static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));
    private static final String SECRET = "e2e-webhook-secret";
    private static final String SCOPE_CLAUSE = DemoMisreadings.SCOPE_CLAUSE;
    private static final List<String> MISREADINGS = DemoMisreadings.OF_SCOPE;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String source = "e2e-" + run;
    private final String rawTopic = "it.e2e.raw." + run;
    private final String alertTopic = "it.e2e.alerts." + run;
    private final String alertIndex = "yuqing-alerts-e2e-" + run;

    @TempDir
    Path folder;

    @Test
    void aCrawledPolicyMisreadByCommentsReachesItsDrafterByWebhookAndMail() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoPortal.DEFAULT_PORT + 1)) {
            CrawlCommand.crawl(portal.url("/index.html"), source, 100, Duration.ZERO, new KafkaDocumentSink(KAFKA, rawTopic));
        }
        runJob();
        JsonNode policy = crawledPensionNotice();

        try (KafkaProducer<String, String> producer = producer()) {
            Instant first = Instant.parse("2026-11-06T02:00:00Z");
            for (int i = 0; i < MISREADINGS.size(); i++) {
                RawDocument comment = RawDocument.builder(source + "-comment-" + i, DocumentKind.COMMENT)
                        .source(source)
                        .url(policy.path("url").asText() + "#e2e-" + i)
                        .title(policy.path("title").asText())
                        .text(MISREADINGS.get(i))
                        .replyTo(policy.path("id").asText())
                        .publishedAt(first.plus(Duration.ofMinutes(20L * i)).toString())
                        .build();
                producer.send(new ProducerRecord<>(rawTopic, comment.id(), Json.write(comment)));
            }
        }

        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        try (WebhookReceiver webhook = new WebhookReceiver(SECRET);
             RestClientTransport transport = ElasticsearchClients.transport(ELASTICSEARCH, null)) {
            Path routing = folder.resolve("routing.yaml");
            Files.writeString(routing, """
                    fallback: 市委宣传部舆情信息处
                    deadline_check_seconds: 1
                    webhook:
                      secret_env: E2E_WEBHOOK_SECRET
                    smtp:
                      host: 127.0.0.1
                      port: %d
                      security: none
                      from: 舆情监测系统 <yuqing@127.0.0.1>
                    recipients:
                      - name: 市委宣传部舆情信息处
                        email: xcb@127.0.0.1
                      - name: 起草处室
                        email: drafter@127.0.0.1
                        webhook: %s
                    rules:
                      - name: 政策误读
                        types: [misreading]
                        recipients: [起草处室]
                    """.formatted(mail.getSmtp().getPort(), webhook.url()));
            ElasticsearchClient elasticsearch = new ElasticsearchClient(transport);
            AlertRouter router = AlertRouter.open(RoutingFile.load(routing, Map.of("E2E_WEBHOOK_SECRET", SECRET)),
                    new RouterOptions(KAFKA, alertTopic, "e2e-router-" + run, "it.e2e.dlq." + run, alertIndex),
                    elasticsearch, Clock.systemUTC());
            Thread routerThread = new Thread(router::run, "e2e-router");
            routerThread.start();
            // As in production, the job streams on while the router delivers what it raises.
            JobClient job = AnalysisJob.start(options().untilCaughtUp(false), "e2e-analysis");
            try {
                Alert delivered = awaitMisreadingAlert(webhook, policy.path("id").asText());
                assertThat(delivered.policyId()).isEqualTo(policy.path("id").asText());
                assertThat(policy.path("text").asText()).contains(delivered.misreading().clause());
                assertThat(delivered.misreading().count()).isGreaterThanOrEqualTo(5);
                assertThat(delivered.misreading().suggestedClarification()).contains(delivered.misreading().clause());
                assertThat(webhook.refused()).isEmpty();

                // Not the first mail to arrive: the office may be mailed before, the crawled portal's own
                // missing-interpretation reminder going to it as fallback.
                assertThat(awaitMailTo("drafter@127.0.0.1", delivered.misreading().clause(), mail)).contains("政策误读");

                // Nobody answers. A router that runs after the response deadline (its clock days ahead) finds the
                // alert overdue and escalates it to the fallback recipient, the publicity office.
                router.stop();
                routerThread.join(10_000);
                router.close();
                router = AlertRouter.open(RoutingFile.load(routing, Map.of("E2E_WEBHOOK_SECRET", SECRET)),
                        new RouterOptions(KAFKA, alertTopic, "e2e-router-" + run, "it.e2e.dlq." + run, alertIndex),
                        elasticsearch, Clock.offset(Clock.systemUTC(), Duration.ofDays(7)));
                routerThread = new Thread(router::run, "e2e-router-a-week-later");
                routerThread.start();
                AlertStore store = new AlertStore(elasticsearch, alertIndex);
                long deadline = System.currentTimeMillis() + 90_000;
                while (store.get(delivered.id()).orElseThrow().stored().lifecycle().escalatedAt() == null
                        && System.currentTimeMillis() < deadline) {
                    Thread.sleep(250);
                }
                StoredAlert escalated = store.get(delivered.id()).orElseThrow().stored();
                assertThat(escalated.lifecycle().overdue()).as("overdue a week later").isTrue();
                assertThat(escalated.lifecycle().escalatedAt()).isNotNull();
                // the office also gets, as fallback, the demo portal's missing-interpretation reminder
                assertThat(awaitMailTo("xcb@127.0.0.1", delivered.misreading().clause(), mail)).startsWith("【逾期督办");
            } finally {
                job.cancel().get();
                router.stop();
                routerThread.join(10_000);
                router.close();
                elasticsearch.indices().delete(d -> d.index(alertIndex).ignoreUnavailable(true));
                elasticsearch.indices().deleteIndexTemplate(d -> d.name(alertIndex));
            }
        } finally {
            mail.stop();
        }
    }

    /** Registers the crawled policy: a run of the job that stops once it has read what is there. */
    private void runJob() throws Exception {
        AnalysisJob.run(options());
    }

    private AnalysisJobOptions options() {
        return AnalysisJobOptions.from(new Settings(KAFKA, ELASTICSEARCH, null))
                .topics(rawTopic, "it.e2e.dlq." + run, "it-e2e-" + run)
                .alertsTo(alertTopic)
                .untilCaughtUp(true)
                .checkpointEvery(500)
                .metricsOn(null);
    }

    private JsonNode crawledPensionNotice() throws IOException {
        try (RestClientTransport transport = ElasticsearchClients.transport(ELASTICSEARCH, null)) {
            ElasticsearchClient elasticsearch = new ElasticsearchClient(transport);
            elasticsearch.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS));
            return elasticsearch.search(s -> s.index(IndexNames.DOCUMENTS_ALIAS)
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field("source").value(source)))
                            .filter(f -> f.term(t -> t.field("kind").value("policy")))
                            .must(m -> m.matchPhrase(p -> p.field("text").query("基础养老金"))))), JsonNode.class)
                    .hits().hits().get(0).source();
        }
    }

    private Alert awaitMisreadingAlert(WebhookReceiver webhook, String policyId) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            for (String body : webhook.accepted()) {
                Alert alert = Json.read(body, Alert.class);
                // the clause these comments misread, or the amount clause the portal's own comments misread
                if (alert.type() == AlertType.MISREADING && policyId.equals(alert.policyId())) {
                    return alert;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no misreading alert reached the webhook within 120 s; received " + webhook.accepted());
    }

    /** The subject and body of the first mail to this address that quotes the text, waiting up to 90 s. */
    private static String awaitMailTo(String address, String quoting, GreenMail mail) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage received : mail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(received.getAllRecipients()).contains(address)
                        && decoded(received).contains(quoting)) {
                    return received.getSubject() + "\n" + decoded(received);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + address + " quoting " + quoting + " within 90 s");
    }

    private static String decoded(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = KafkaConnection.plaintext(KAFKA).producerProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(props);
    }

    /** A recipient's webhook endpoint on 127.0.0.1 that accepts only what carries a valid signature. */
    private static final class WebhookReceiver implements AutoCloseable {

        private final HttpServer server;
        private final String secret;
        private final List<String> accepted = new CopyOnWriteArrayList<>();
        private final List<String> refused = new CopyOnWriteArrayList<>();

        WebhookReceiver(String secret) throws IOException {
            this.secret = secret;
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/drafter");
        }

        List<String> accepted() {
            return List.copyOf(accepted);
        }

        List<String> refused() {
            return List.copyOf(refused);
        }

        private void handle(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean verified = WebhookSignature.verify(secret,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER), body,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), Instant.now(),
                    Duration.ofMinutes(5));
            (verified ? accepted : refused).add(new String(body, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(verified ? 200 : 401, -1);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
