package org.yuqing.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine or Kubernetes runs on the build machines, so the compose file and the manifests are checked
 * by reading them: the services are there, images are pinned, host paths exist, versions match the build, and
 * the entry points they name exist in the jars.
 */
class DeploymentFilesTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path COMPOSE = REPO.resolve("deploy/compose/compose.yaml");
    // A version tag, with or without the "v" some projects (Prometheus) put first; never "latest".
    private static final Pattern PINNED_IMAGE = Pattern.compile("^[\\w./-]+:v?\\d[\\w.-]*$");
    private static final Path PROMETHEUS = REPO.resolve("deploy/prometheus/prometheus.yml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void composeStartsTheWholeSystemFromPinnedImages() throws Exception {
        JsonNode services = YAML.readTree(COMPOSE.toFile()).get("services");

        assertThat(names(services)).contains("kafka", "elasticsearch", "grafana", "jobmanager", "taskmanager", "crawler",
                "router", "prometheus", "metrics-snapshot");
        services.fields().forEachRemaining(service -> assertThat(service.getValue().path("image").asText())
                .as("image of %s", service.getKey()).matches(PINNED_IMAGE));
        assertThat(services.at("/kafka/image").asText()).endsWith(":" + pomProperty("kafka.version"));
        assertThat(services.at("/elasticsearch/image").asText()).endsWith(":" + pomProperty("elasticsearch.version"));
    }

    @Test
    void composePublishesPortsOnLoopbackOnlyAndMountsPathsThatExist() throws Exception {
        JsonNode root = YAML.readTree(COMPOSE.toFile());
        Set<String> namedVolumes = names(root.get("volumes"));

        for (JsonNode service : iterable(root.get("services"))) {
            for (JsonNode port : iterable(service.path("ports"))) {
                assertThat(port.asText()).startsWith("127.0.0.1:");
            }
            for (JsonNode volume : iterable(service.path("volumes"))) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(COMPOSE.getParent().resolve(source).normalize()).as("host path %s", source).exists();
                } else {
                    assertThat(namedVolumes).as("named volume %s", source).contains(source);
                }
            }
        }
    }

    @Test
    void everyServiceOfTheAppImageRunsASubcommandOfTheLauncher() throws Exception {
        Set<String> subcommands = new picocli.CommandLine(new org.yuqing.cli.Yuqing()).getSubcommands().keySet();
        JsonNode services = YAML.readTree(COMPOSE.toFile()).get("services");
        int appServices = 0;
        for (var service : iterable(services.fields())) {
            if (service.getValue().path("image").asText().startsWith("yuqing/app:")) {
                appServices++;
                assertThat(subcommands).as("subcommand of service %s", service.getKey())
                        .contains(service.getValue().at("/command/0").asText());
            }
        }
        assertThat(appServices).isGreaterThanOrEqualTo(3);
    }

    @Test
    void prometheusScrapesTheJobAndTheCrawlerWhereTheyServeAndSoDoesTheSnapshotWriter() throws Exception {
        JsonNode services = YAML.readTree(COMPOSE.toFile()).get("services");
        String reporterPort = "metrics.reporter.prom.port: 9249";
        assertThat(services.at("/jobmanager/environment/FLINK_PROPERTIES").asText()).contains(reporterPort)
                .contains("metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        assertThat(services.at("/taskmanager/environment/FLINK_PROPERTIES").asText()).contains(reporterPort);
        String crawlerMetrics = services.at("/crawler/command").toString();
        assertThat(crawlerMetrics).contains("\"--metrics\",\"0.0.0.0:9250\"");

        JsonNode prometheus = YAML.readTree(PROMETHEUS.toFile());
        Set<String> scraped = new HashSet<>();
        for (JsonNode job : prometheus.path("scrape_configs")) {
            for (JsonNode sd : job.path("dns_sd_configs")) {
                sd.path("names").forEach(name -> scraped.add(name.asText() + ":" + sd.path("port").asText()));
            }
            for (JsonNode sc : job.path("static_configs")) {
                sc.path("targets").forEach(target -> scraped.add(target.asText()));
            }
        }
        assertThat(scraped).containsExactlyInAnyOrder("jobmanager:9249", "taskmanager:9249", "crawler:9250");
        Set<String> snapshotted = new HashSet<>();
        Matcher url = Pattern.compile("=http://([\\w-]+:\\d+)/metrics").matcher(services.at("/metrics-snapshot/command").toString());
        while (url.find()) {
            snapshotted.add(url.group(1));
        }
        assertThat(snapshotted).isEqualTo(scraped);
        for (String target : scraped) {
            assertThat(names(services)).contains(target.split(":")[0]);
        }
        assertThat(services.at("/grafana/environment/YUQING_PROMETHEUS_URL").asText()).isEqualTo("http://prometheus:9090");
    }

    @Test
    void theCrawlersKeepTheirStateInElasticsearchAndCanReachIt() throws Exception {
        // in a container's or pod's files, the state would be lost with it, and re-emitted by its successor
        JsonNode crawler = YAML.readTree(COMPOSE.toFile()).at("/services/crawler");
        assertThat(crawler.path("command").toString()).contains("\"--state-store\",\"elasticsearch\"");
        assertThat(crawler.at("/environment/YUQING_ELASTICSEARCH_URL").asText()).isEqualTo("http://elasticsearch:9200");
        assertThat(names(crawler.path("depends_on"))).contains("elasticsearch");

        JsonNode pod = manifests().stream().filter(m -> m.path("kind").asText().equals("StatefulSet")
                && m.at("/spec/template/metadata/labels/app").asText().equals("crawler")).findFirst().orElseThrow()
                .at("/spec/template/spec/containers/0");
        assertThat(pod.path("args").toString()).contains("\"--state-store\",\"elasticsearch\"");
        assertThat(pod.path("env").findValuesAsText("name")).contains("YUQING_ELASTICSEARCH_URL", "YUQING_ELASTICSEARCH_API_KEY");
    }

    @Test
    void theFlinkServicesAndTheOperatorRunTheAnalysisJobsEntryPoint() throws Exception {
        String command = YAML.readTree(COMPOSE.toFile()).at("/services/jobmanager/command").asText();
        Matcher jobClass = Pattern.compile("--job-classname (\\S+)").matcher(command);
        assertThat(jobClass.find()).isTrue();
        assertHasMain(jobClass.group(1));

        JsonNode flinkDeployment = manifests().stream()
                .filter(m -> m.path("kind").asText().equals("FlinkDeployment")).findFirst().orElseThrow();
        assertHasMain(flinkDeployment.at("/spec/job/entryClass").asText());
        String jar = Path.of(flinkDeployment.at("/spec/job/jarURI").asText().replace("local://", "")).getFileName().toString();
        assertThat(Files.readString(REPO.resolve("deploy/docker/Dockerfile.flink"))).contains("jobs/target/" + jar);
        assertThat(Files.readString(REPO.resolve("jobs/pom.xml"))).contains("<finalName>" + jar.replace(".jar", ""));
    }

    @Test
    void theFlinkClustersKeepKeyedStateInRocksDbWithIncrementalCheckpoints() throws Exception {
        // ninety days of messages awaiting replies and seven-day hot-issue windows do not fit a heap at scale
        JsonNode services = YAML.readTree(COMPOSE.toFile()).get("services");
        for (String flink : List.of("jobmanager", "taskmanager")) {
            assertThat(services.at("/" + flink + "/environment/FLINK_PROPERTIES").asText()).as(flink)
                    .contains("state.backend.type: rocksdb").contains("execution.checkpointing.incremental: true");
        }
        JsonNode flinkDeployment = manifests().stream()
                .filter(m -> m.path("kind").asText().equals("FlinkDeployment")).findFirst().orElseThrow();
        assertThat(flinkDeployment.at("/spec/flinkConfiguration/state.backend.type").asText()).isEqualTo("rocksdb");
        assertThat(flinkDeployment.at("/spec/flinkConfiguration/execution.checkpointing.incremental").asText())
                .isEqualTo("true");
    }

    @Test
    void everyKubernetesManifestNamesItsKindAndPinsItsImagesAndVersions() throws Exception {
        List<JsonNode> manifests = manifests();
        Set<String> kinds = new HashSet<>();
        for (JsonNode manifest : manifests) {
            assertThat(manifest.path("apiVersion").asText()).isNotBlank();
            assertThat(manifest.at("/metadata/name").asText()).isNotBlank();
            kinds.add(manifest.path("kind").asText());
            manifest.findValues("image").forEach(image -> assertThat(image.asText()).matches(PINNED_IMAGE));
            if (!manifest.path("kind").asText().equals("Namespace")) {
                assertThat(manifest.at("/metadata/namespace").asText()).isEqualTo("yuqing");
            }
        }
        assertThat(kinds).contains("FlinkDeployment", "Kafka", "KafkaNodePool", "KafkaTopic", "Elasticsearch", "Deployment",
                "StatefulSet");
        JsonNode kafka = manifests.stream().filter(m -> m.path("kind").asText().equals("Kafka")).findFirst().orElseThrow();
        assertThat(kafka.at("/spec/kafka/version").asText()).isEqualTo(pomProperty("kafka.version"));
        JsonNode elasticsearch = manifests.stream().filter(m -> m.path("kind").asText().equals("Elasticsearch")).findFirst().orElseThrow();
        assertThat(elasticsearch.at("/spec/version").asText()).isEqualTo(pomProperty("elasticsearch.version"));
        assertThat(manifests.stream().filter(m -> m.path("kind").asText().equals("KafkaTopic"))
                .map(m -> m.at("/metadata/name").asText())).contains("yuqing.raw", "yuqing.dlq", "yuqing.alerts");
    }

    /**
     * What was run (deploy/local/cluster.sh) and what could only be read (compose, the FlinkDeployment) give Flink the
     * same settings; paths and the kind of high availability differ by platform, but each has them.
     */
    @Test
    void theComposeFileAndTheFlinkDeploymentGiveFlinkTheSettingsOfTheLocalCluster() throws Exception {
        JsonNode local = YAML.readTree(localFlinkConfiguration());
        JsonNode services = YAML.readTree(COMPOSE.toFile()).get("services");
        JsonNode compose = YAML.readTree(services.at("/jobmanager/environment/FLINK_PROPERTIES").asText()
                + services.at("/taskmanager/environment/FLINK_PROPERTIES").asText()
                        .replace("jobmanager.rpc.address: jobmanager\n", ""));
        JsonNode kubernetes = manifests().stream().filter(m -> m.path("kind").asText().equals("FlinkDeployment"))
                .findFirst().orElseThrow().at("/spec/flinkConfiguration");

        for (String key : List.of("taskmanager.numberOfTaskSlots", "taskmanager.memory.task.heap.size",
                "taskmanager.memory.managed.size", "execution.checkpointing.interval",
                "execution.checkpointing.externalized-checkpoint-retention", "execution.checkpointing.num-retained",
                "state.backend.type", "execution.checkpointing.incremental", "restart-strategy.type",
                "heartbeat.timeout")) {
            assertThat(local.path(key).asText()).as("%s in cluster.sh", key).isNotEmpty();
            assertThat(compose.path(key).asText()).as("%s in compose", key).isEqualTo(local.path(key).asText());
            assertThat(kubernetes.path(key).asText()).as("%s in the FlinkDeployment", key)
                    .isEqualTo(local.path(key).asText());
        }
        for (JsonNode configuration : List.of(local, compose, kubernetes)) {
            assertThat(configuration.path("execution.checkpointing.dir").asText()).startsWith("file://");
            assertThat(configuration.path("execution.checkpointing.savepoint-dir").asText()).startsWith("file://");
            assertThat(configuration.path("high-availability.type").asText()).isIn("zookeeper", "kubernetes");
            assertThat(configuration.path("high-availability.storageDir").asText()).isNotEmpty();
        }
        assertThat(names(services)).as("compose's HA needs its ZooKeeper").contains("zookeeper");
    }

    @Test
    void everyDeploymentRunsTheVersionsTheJobIsBuiltAgainst() throws Exception {
        String flink = pomProperty("flink.version");
        assertThat(property(REPO.resolve("deploy/local/flink/pom.xml"), "flink.version")).isEqualTo(flink);
        assertThat(property(REPO.resolve("deploy/local/kafka/pom.xml"), "kafka.version"))
                .isEqualTo(pomProperty("kafka.version"));
        assertThat(Files.readString(REPO.resolve("deploy/local/elasticsearch.sh")))
                .contains("ES_VERSION=" + pomProperty("elasticsearch.version") + "\n");
        assertThat(Files.readString(REPO.resolve("deploy/docker/Dockerfile.flink")))
                .contains("FROM flink:" + flink + "-java17");
        JsonNode flinkDeployment = manifests().stream()
                .filter(m -> m.path("kind").asText().equals("FlinkDeployment")).findFirst().orElseThrow();
        String[] majorMinor = flink.split("\\.");
        assertThat(flinkDeployment.at("/spec/flinkVersion").asText())
                .isEqualTo("v" + majorMinor[0] + "_" + majorMinor[1]);
    }

    /** Kafka replicated as on the local cluster: three replicas, a write acknowledged by two. */
    @Test
    void kafkaOnKubernetesIsReplicatedAsOnTheLocalCluster() throws Exception {
        assertThat(Files.readString(REPO.resolve("deploy/local/cluster.sh"))).contains("YUQING_KAFKA_REPLICATION=3");
        assertThat(Files.readString(REPO.resolve("deploy/local/kafka.sh")))
                .contains("KAFKA_MIN_ISR=$((KAFKA_REPLICATION > 1 ? KAFKA_REPLICATION - 1 : 1))");
        List<JsonNode> manifests = manifests();
        JsonNode config = manifests.stream().filter(m -> m.path("kind").asText().equals("Kafka")).findFirst()
                .orElseThrow().at("/spec/kafka/config");
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(manifests.stream().filter(m -> m.path("kind").asText().equals("KafkaTopic"))
                .map(m -> m.at("/spec/replicas").asInt())).containsOnly(3);
    }

    /**
     * The job reads its services from the environment of the process that runs its main method: the JobManager
     * (compose's standalone-job, the operator's application) or whoever submits it (./yuqing job --cluster). Each
     * sets the two it cannot start without, and names no variable the settings loader does not know.
     */
    @Test
    void everySettingTheJobNeedsIsSetWhereItsMainMethodRuns() throws Exception {
        Set<String> known = new HashSet<>();
        Matcher variable = Pattern.compile("\"(YUQING_[A-Z_]+)\"").matcher(
                Files.readString(REPO.resolve("core/src/main/java/org/yuqing/core/config/SettingsLoader.java")));
        while (variable.find()) {
            known.add(variable.group(1));
        }
        List<String> required = List.of("YUQING_KAFKA_BOOTSTRAP", "YUQING_ELASTICSEARCH_URL");
        assertThat(known).containsAll(required);

        Set<String> compose = names(YAML.readTree(COMPOSE.toFile()).at("/services/jobmanager/environment"));
        compose.remove("FLINK_PROPERTIES");
        JsonNode pod = manifests().stream().filter(m -> m.path("kind").asText().equals("FlinkDeployment"))
                .findFirst().orElseThrow().at("/spec/podTemplate/spec/containers/0/env");
        Set<String> kubernetes = new HashSet<>();
        pod.forEach(entry -> kubernetes.add(entry.path("name").asText()));
        Set<String> launcher = new HashSet<>();
        Matcher exported = Pattern.compile("export (YUQING_[A-Z_]+)=").matcher(Files.readString(REPO.resolve("yuqing")));
        while (exported.find()) {
            launcher.add(exported.group(1));
        }
        for (Set<String> set : List.of(compose, kubernetes, launcher)) {
            assertThat(set).containsAll(required);
            assertThat(known).containsAll(set);
        }
    }

    /** The config.yaml that deploy/local/cluster.sh writes, as its here-document has it. */
    private static String localFlinkConfiguration() throws IOException {
        String script = Files.readString(REPO.resolve("deploy/local/cluster.sh"));
        Matcher document = Pattern.compile("cat >\"\\$FLINK_CONF/config.yaml\" <<EOF\n(.*?)\nEOF", Pattern.DOTALL)
                .matcher(script);
        assertThat(document.find()).as("config.yaml in cluster.sh").isTrue();
        return document.group(1);
    }

    private static String property(Path pom, String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(Files.readString(pom));
        assertThat(m.find()).as("property %s in %s", name, pom).isTrue();
        return m.group(1);
    }

    private static void assertHasMain(String className) throws Exception {
        Method main = Class.forName(className).getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).as("%s.main is static", className).isTrue();
    }

    private static List<JsonNode> manifests() throws IOException {
        List<JsonNode> manifests = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPO.resolve("deploy/k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(manifests::add);
                }
            }
        }
        return manifests;
    }

    private static String pomProperty(String name) throws IOException {
        return property(REPO.resolve("pom.xml"), name);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
