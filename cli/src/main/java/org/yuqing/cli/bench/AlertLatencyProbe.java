package org.yuqing.cli.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.yuqing.alerts.router.AlertRouter;
import org.yuqing.alerts.router.RouterOptions;
import org.yuqing.alerts.routing.RoutingFile;
import org.yuqing.cli.demo.DemoMisreadings;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;

/**
 * Measures, under the benchmark's load, the time from the comment that makes a misreading cross the alert
 * threshold (its Kafka append time) to the alert's arrival at the drafter's webhook, through the job and the
 * router. A pension notice of a city of its own is published, then {@link #COMMENTS} comments misreading one of
 * its clauses follow, one every half second. Which of them crosses the default threshold of five depends on how
 * many the detector flags, so the figure is given from the fifth comment and from the last: the true one lies
 * between them.
 */
final class AlertLatencyProbe implements AutoCloseable {

    private static final String CITY = "基准测试市";
    private static final List<String> COMMENTS = DemoMisreadings.OF_SCOPE;
    private static final int THRESHOLD = 5;

    /** Milliseconds from the fifth comment's append and from the last one's to the alert at the webhook. */
    record Latency(long fromFifth, long fromLast) {
        @Override
        public String toString() {
            return fromLast + "–" + fromFifth + " ms (from the last comment; from the fifth)";
        }
    }

    private final String run;
    private final HttpServer webhook;
    private final CompletableFuture<Long> delivered = new CompletableFuture<>();
    private final AlertRouter router;
    private final Thread routing;

    AlertLatencyProbe(String run, String kafka, String alertTopic, ElasticsearchClient elasticsearch, Path folder)
            throws IOException {
        this.run = run;
        this.webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/", exchange -> {
            long arrived = System.currentTimeMillis();
            Alert alert = Json.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Alert.class);
            if (alert.type() == AlertType.MISREADING && alert.policyTitle() != null && alert.policyTitle().startsWith(CITY)) {
                delivered.complete(arrived);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhook.start();
        Path routingFile = folder.resolve("bench-routing-" + run + ".yaml");
        Files.writeString(routingFile, """
                fallback: 起草处室
                webhook:
                  secret_env: BENCH_WEBHOOK_SECRET
                recipients:
                  - name: 起草处室
                    webhook: http://127.0.0.1:%d/drafter
                """.formatted(webhook.getAddress().getPort()));
        this.router = AlertRouter.open(RoutingFile.load(routingFile, Map.of("BENCH_WEBHOOK_SECRET", "bench-" + run)),
                new RouterOptions(kafka, alertTopic, "bench-router-" + run, "bench.dlq." + run, "bench-alerts-" + run),
                elasticsearch, Clock.systemUTC());
        this.routing = new Thread(router::run, "bench-alert-router");
        routing.start();
    }

    /** Publishes the notice, waits for the job to register it, then sends the comments and waits for the alert. */
    Latency measure(KafkaProducer<String, String> producer, String rawTopic, long timeoutSeconds) throws Exception {
        RawDocument policy = RawDocument.builder("bench-policy-" + run, DocumentKind.POLICY)
                .source("bench-" + run)
                .url("http://127.0.0.1/bench/" + run + "/policy.html")
                .title(CITY + "人民政府办公室关于调整城乡居民基本养老保险基础养老金标准的通知")
                .issuer(CITY + "人民政府办公室")
                .publishedAt(now())
                .text("经" + CITY + "人民政府同意，现就调整我市城乡居民基本养老保险基础养老金标准有关事项通知如下："
                        + "\n一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。"
                        + "\n二、调整标准。自2027年1月1日起，基础养老金由每人每月200元提高到每人每月230元。"
                        + "\n三、资金来源。所需资金由市、县两级财政按现行比例分担，不增加参保人员个人缴费负担。")
                .build();
        producer.send(new ProducerRecord<>(rawTopic, policy.id(), Json.write(policy))).get();
        Thread.sleep(5_000);
        long fifth = 0;
        long last = 0;
        for (int i = 0; i < COMMENTS.size(); i++) {
            RawDocument comment = RawDocument.builder("bench-misreading-" + run + "-" + i, DocumentKind.COMMENT)
                    .source("bench-" + run)
                    .url(policy.url() + "#" + i)
                    .title(policy.title())
                    .text(COMMENTS.get(i))
                    .replyTo(policy.id())
                    .publishedAt(now())
                    .build();
            RecordMetadata appended = producer.send(new ProducerRecord<>(rawTopic, comment.id(), Json.write(comment))).get();
            last = appended.timestamp();
            if (i == THRESHOLD - 1) {
                fifth = last;
            }
            Thread.sleep(500);
        }
        long arrived = delivered.get(timeoutSeconds, TimeUnit.SECONDS);
        return new Latency(arrived - fifth, arrived - last);
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Override
    public void close() throws InterruptedException {
        router.stop();
        routing.join(10_000);
        router.close();
        webhook.stop(0);
    }
}
