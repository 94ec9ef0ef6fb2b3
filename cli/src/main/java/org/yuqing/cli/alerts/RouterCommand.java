package org.yuqing.cli.alerts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.yuqing.alerts.router.AlertRouter;
import org.yuqing.alerts.router.RouterOptions;
import org.yuqing.alerts.routing.RouterConfig;
import org.yuqing.alerts.routing.RoutingFile;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.core.naming.KafkaTopics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the alert router until interrupted, printing what it did every few seconds. */
@Command(name = "router", mixinStandardHelpOptions = true,
        description = "Route alerts from Kafka (yuqing.alerts) to webhooks and e-mail, keep their lifecycle in Elasticsearch.")
public final class RouterCommand implements Callable<Integer> {

    @Option(names = "--routing", description = "routing file (default: deploy/routing.yaml; see deploy/routing.example.yaml)")
    Path routing;

    @Option(names = "--config", description = "YAML settings file (Kafka, Elasticsearch)")
    Path config;

    @Option(names = "--group", defaultValue = RouterOptions.DEFAULT_GROUP,
            description = "Kafka consumer group; routers in one group share the work (default: ${DEFAULT-VALUE})")
    String group;

    @Option(names = "--topic", defaultValue = KafkaTopics.ALERTS, description = "topic to read alerts from (default: ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--index", hidden = true, defaultValue = IndexNames.ALERTS)
    String index;

    @Option(names = "--progress-seconds", defaultValue = "10", description = "how often to print progress (default: ${DEFAULT-VALUE})")
    int progressSeconds;

    @Override
    public Integer call() {
        Path file = RoutingFiles.givenOrDefault(routing);
        if (!Files.isRegularFile(file)) {
            System.err.println("no routing file at " + file + ": copy deploy/routing.example.yaml there and edit it, or pass --routing FILE");
            return 2;
        }
        RouterConfig routerConfig = RoutingFile.load(file, System.getenv());
        var settings = SettingsLoader.load(config, System.getenv());
        RouterOptions options = new RouterOptions(settings.kafka(), topic, group, KafkaTopics.DEAD_LETTERS, index);
        try (AlertsConnection es = new AlertsConnection(config);
             AlertRouter router = AlertRouter.open(routerConfig, options, es.client(), Clock.systemUTC())) {
            System.err.printf("  router  %s -> %d rules, %d recipients, fallback %s; group %s%n", options.topic(),
                    routerConfig.routing().rules().size(), routerConfig.routing().recipients().size(),
                    routerConfig.routing().fallback().name(), group);
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                router.stop();
                try {
                    main.join(15_000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }, "router-shutdown"));
            ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "router-progress");
                t.setDaemon(true);
                return t;
            });
            progress.scheduleAtFixedRate(() -> System.err.println("  router  " + router.progress()),
                    progressSeconds, progressSeconds, TimeUnit.SECONDS);
            router.run();
            progress.shutdownNow();
            System.err.println("  router  stopped: " + router.progress());
        }
        return 0;
    }
}
