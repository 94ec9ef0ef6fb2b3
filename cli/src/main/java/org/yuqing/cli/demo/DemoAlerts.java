package org.yuqing.cli.demo;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yuqing.alerts.lifecycle.AlertQuery;
import org.yuqing.core.alert.AlertStatus;
import org.yuqing.alerts.lifecycle.AlertStore;
import org.yuqing.alerts.lifecycle.Handling;
import org.yuqing.alerts.lifecycle.StoredAlert;
import org.yuqing.alerts.router.AlertRouter;
import org.yuqing.alerts.router.RouterOptions;
import org.yuqing.alerts.routing.RoutingFile;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.core.naming.KafkaTopics;

/**
 * The alert side of the demo: the router runs beside the job and delivers what it raises to webhooks on loopback
 * (one per responsible body and the publicity office), keeping the alerts' lifecycle in {@code yuqing-alerts}.
 * Afterwards the demo plays the people who handle them: the site's owner acknowledges the hijack, the drafter
 * answers the misread clause with the interpretation; the missing interpretation stays unanswered and overdue.
 */
final class DemoAlerts implements AutoCloseable {

    private static final String SECRET_VARIABLE = "YUQING_DEMO_WEBHOOK_SECRET";
    private static final String GROUP = "yuqing-demo-router";

    private final DemoWebhook webhook;
    private final AlertRouter router;
    private final Thread thread;
    private final AlertStore store;

    private DemoAlerts(DemoWebhook webhook, AlertRouter router, AlertStore store) {
        this.webhook = webhook;
        this.router = router;
        this.store = store;
        this.thread = new Thread(router::run, "demo-alert-router");
    }

    static DemoAlerts start(Path folder, KafkaConnection kafka, ElasticsearchClient elasticsearch) throws IOException {
        String secret = UUID.randomUUID().toString();
        DemoWebhook webhook = new DemoWebhook(secret);
        Files.createDirectories(folder);
        Path routing = Files.writeString(folder.resolve("routing.yaml"), """
                # Written by ./yuqing demo: every body's webhook is the demo's own, on loopback.
                fallback: 市委宣传部舆情信息处
                deadline_check_seconds: 1
                webhook:
                  secret_env: %s
                  attempts: 2
                recipients:
                  - name: 市委宣传部舆情信息处
                    webhook: %s
                  - name: 政策起草单位
                    webhook: %s
                  - name: 网站主办单位
                    webhook: %s
                rules:
                  - name: 谁起草、谁解读
                    types: [misreading, interpretation_missing]
                    recipients: [政策起草单位]
                  - name: 网站安全
                    types: [site_hijacked]
                    recipients: [网站主办单位]
                """.formatted(SECRET_VARIABLE, webhook.url("publicity-office"), webhook.url("drafter"),
                webhook.url("site-owner")));
        AlertRouter router = AlertRouter.open(RoutingFile.load(routing, Map.of(SECRET_VARIABLE, secret)),
                new RouterOptions(kafka, KafkaTopics.ALERTS, GROUP, KafkaTopics.DEAD_LETTERS, IndexNames.ALERTS),
                elasticsearch, Clock.systemUTC());
        DemoAlerts alerts = new DemoAlerts(webhook, router, new AlertStore(elasticsearch, IndexNames.ALERTS));
        alerts.thread.start();
        return alerts;
    }

    /** Waits until the router has had nothing new to route for a few seconds, at most a minute. */
    void awaitQuiet() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        String last = router.progress().toString();
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline && System.currentTimeMillis() - quietSince < 5_000) {
            Thread.sleep(500);
            String now = router.progress().toString();
            if (!now.equals(last)) {
                last = now;
                quietSince = System.currentTimeMillis();
            }
        }
    }

    /** Acknowledges the open hijack alerts and answers the open misreading alerts, as their bodies would. */
    void handle(String interpretationUrl) {
        for (StoredAlert open : store.search(new AlertQuery(AlertStatus.OPEN, null, false, 100))) {
            String id = open.alert().id();
            if (open.alert().type() == AlertType.SITE_HIJACKED) {
                store.update(id, s -> Handling.acknowledge(s, "网站主办单位值班员", Instant.now()));
            } else if (open.alert().type() == AlertType.MISREADING) {
                store.update(id, s -> Handling.answer(s, "政策起草单位", null, interpretationUrl, Instant.now()));
            }
        }
    }

    List<org.yuqing.core.alert.Alert> delivered() {
        return webhook.received();
    }

    String progress() {
        return router.progress().toString();
    }

    @Override
    public void close() throws InterruptedException {
        router.stop();
        thread.join(15_000);
        router.close();
        webhook.close();
    }
}
