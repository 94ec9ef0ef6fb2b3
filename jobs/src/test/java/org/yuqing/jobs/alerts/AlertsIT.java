package org.yuqing.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.jobs.CheckpointFolders;
import org.yuqing.jobs.SharedIndex;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.config.Settings;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.Integrity;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.analysis.AnalysisJob;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.checkpoint.RetainedCheckpoints;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.kafka.Topics;

/**
 * The alerts of the analysis job on the real Kafka and Elasticsearch: a crawled pension notice, the comments of the
 * policy-watch evaluation set that misread it, a hijacked page, and later documents that move the stream's time a
 * week on. The alerts topic then holds a misreading alert per misread clause (raised, grown, subsided under one
 * id), the reminder that the notice has no interpretation, and the hijacked site's alert to its owner.
 */
class AlertsIT {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsIT.class);

    private static final String KAFKA = System.getProperty("yuqing.kafka", "127.0.0.1:9092");
    private static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));
    /** The demo pension notice, issued by a city that no indexed policy names ({@link SharedIndex}). */
    private static final String NOTICE = "各县（市）区人民政府，市直各单位： 经市人民政府同意，现就调整我市城乡居民基本养老保险基础养老金标准有关事项通知如下："
            + " 一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。"
            + " 二、调整标准。自2027年1月1日起，基础养老金由每人每月200元提高到每人每月230元。"
            + " 三、资金来源。所需资金由市、县两级财政按现行比例分担，不增加参保人员个人缴费负担。"
            + " 四、工作要求。各县（市）区要于2026年12月底前完成待遇调整信息核对工作，确保提高后的基础养老金按时足额发放。"
            + " %s人民政府办公室 2026年10月30日";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String source = "alerts-it-" + run;
    private final String rawTopic = "it.alerts.raw." + run;
    private final String alertTopic = "it.alerts.alerts." + run;
    private final String city = SharedIndex.cityNoPolicyNames();
    private final String issuer = city + "人民政府办公室";
    private final String hijackedHost = "portal-" + run + ".invalid";

    @Test
    void misreadingsOfAPolicyAMissingInterpretationAndAHijackedSiteBecomeAlerts() throws Exception {
        Topics.ensure(KAFKA, 2, rawTopic, alertTopic);
        AnalysisJobOptions options = AnalysisJobOptions.from(new Settings(KAFKA, ELASTICSEARCH, null))
                .topics(rawTopic, "it.alerts.dlq." + run, "it-alerts-" + run)
                .alertsTo(alertTopic)
                .withHotIssues(false)
                .withAlerts(new AlertSettings(AlertSettings.DEFAULTS.outOfOrderness(),
                        AlertSettings.MisreadingThresholds.DEFAULTS, AlertSettings.InterpretationDeadline.DEFAULTS,
                        new AlertSettings.SiteWatch(Duration.ofDays(7), Map.of(hijackedHost, "门户网站运维中心"))))
                .untilCaughtUp(true)
                .checkpointEvery(500);
        RawDocument policy = policy();
        // The first run registers the notice (it is indexed); the second, as a job started later would, knows it
        // from Elasticsearch when the first comment arrives, and sees the page again on a re-crawl.
        produce(List.of(policy));
        AnalysisJob.run(options);

        List<RawDocument> later = new ArrayList<>();
        later.add(policy);
        later.addAll(comments(policy, "", Instant.parse("2026-11-06T01:00:00Z"), Duration.ofMinutes(20)));
        later.add(RawDocument.builder(source + "-hijacked", DocumentKind.POLICY)
                .source(source)
                .url("http://" + hijackedHost + "/xxgk/" + run + ".html")
                .title("关于做好政务公开工作的通知")
                .text("为进一步做好政务公开工作，现将有关事项通知如下。")
                .fetchedAt("2026-11-06T10:00:00+08:00")
                .integrity(Integrity.hijacked(List.of("标题为赌博广告：澳门葡京娱乐", "正文每个汉字后注入拼音")))
                .build());
        produce(later);
        // A week later, on both partitions: the stream's time passes the quiet period and the due day.
        for (int partition = 0; partition < 2; partition++) {
            produce(partition, RawDocument.builder(source + "-later-" + partition, DocumentKind.MESSAGE)
                    .source(source)
                    .url("http://127.0.0.1/liuyan/" + run + "/" + partition)
                    .title("路灯坏了")
                    .text("小区门口的路灯坏了一个月了，晚上出行很不方便，请尽快维修。")
                    .publishedAt("2026-11-12T12:00:00+08:00")
                    .fetchedAt("2026-11-12T12:30:00+08:00")
                    .build());
        }
        AnalysisJob.run(options);

        List<Alert> alerts = allAlerts();
        alerts.forEach(alert -> LOG.info("alert {} v{} {} {} {} {}", alert.id(), alert.version(), alert.state().label(),
                alert.severity(), alert.title(), alert.misreading() == null ? ""
                        : alert.misreading().countsByKind() + " last " + alert.misreading().lastWindow()
                        + " before " + alert.misreading().previousWindow()));

        List<Alert> misread = alerts.stream().filter(a -> a.type() == AlertType.MISREADING).toList();
        assertThat(misread).as("misreading alerts").isNotEmpty()
                .allSatisfy(alert -> {
                    assertThat(alert.policyId()).isEqualTo(policy.id());
                    assertThat(alert.responsibleBody()).isEqualTo(issuer);
                    assertThat(policy.text()).contains(alert.misreading().clause());
                    assertThat(alert.misreading().suggestedClarification()).contains(alert.misreading().clause());
                });
        Alert scope = latest(misread.stream()
                .filter(a -> a.misreading().clause().startsWith("一、调整范围。本市户籍、年满60周岁")).toList());
        List<Alert> scopeVersions = misread.stream().filter(a -> a.id().equals(scope.id())).toList();
        assertThat(scopeVersions).extracting(Alert::version).doesNotHaveDuplicates();
        assertThat(scopeVersions.stream().map(Alert::version).sorted().toList()).startsWith(1L, 2L);
        assertThat(scopeVersions).filteredOn(a -> a.state() == AlertState.ACTIVE).isNotEmpty();
        assertThat(scope.state()).as("the last version, a week without new misreadings").isEqualTo(AlertState.SUBSIDED);
        assertThat(scope.misreading().count()).isGreaterThanOrEqualTo(AlertSettings.MisreadingThresholds.DEFAULTS.minCount());
        assertThat(scope.misreading().examples()).hasSize(3);
        assertThat(scope.docNo()).isEqualTo(policy.docNo());

        Alert reminder = latest(alerts.stream().filter(a -> a.type() == AlertType.INTERPRETATION_MISSING).toList());
        assertThat(reminder.policyId()).isEqualTo(policy.id());
        assertThat(reminder.responsibleBody()).isEqualTo(issuer);
        assertThat(reminder.interpretation().dueBy()).isEqualTo("2026-11-10");

        Alert site = latest(alerts.stream().filter(a -> a.type() == AlertType.SITE_HIJACKED).toList());
        assertThat(site.responsibleBody()).isEqualTo("门户网站运维中心");
        assertThat(site.site().host()).isEqualTo(hijackedHost);
        assertThat(site.site().pages()).isEqualTo(1);
        assertThat(site.site().evidence()).contains("标题为赌博广告：澳门葡京娱乐");
        assertThat(site.state()).isEqualTo(AlertState.ACTIVE);
    }

    @Test
    void anEpisodeRestoredFromACheckpointGoesOnUnderItsIdWithTheNextVersion() throws Exception {
        Path checkpoints = CheckpointFolders.fresh();
        Topics.ensure(KAFKA, 2, rawTopic, alertTopic);
        AnalysisJobOptions options = AnalysisJobOptions.from(new Settings(KAFKA, ELASTICSEARCH, null))
                .topics(rawTopic, "it.alerts.dlq." + run, "it-alerts-" + run)
                .alertsTo(alertTopic)
                .withHotIssues(false)
                .untilCaughtUp(true)
                .checkpointEvery(500);
        RawDocument policy = policy();
        produce(List.of(policy));
        AnalysisJob.run(options);
        AnalysisJobOptions streaming = options.untilCaughtUp(false).checkpointsIn(checkpoints.toUri().toString());

        JobClient first = AnalysisJob.start(streaming, "yuqing-alerts-restore-test");
        Path checkpoint;
        List<Alert> raised;
        try {
            produce(comments(policy, "", Instant.parse("2026-11-06T01:00:00Z"), Duration.ofMinutes(20)));
            raised = scope(alerts(seen -> !scope(seen).isEmpty(), Duration.ofSeconds(90)));
            // the first comments may already take it to a second version (ten comments) before the restart
            assertThat(raised).as("the scope clause's alert before the restart").isNotEmpty()
                    .extracting(Alert::id).containsOnly(raised.get(0).id());
            checkpointAfter(checkpoints, System.currentTimeMillis());
        } finally {
            first.cancel().get();
        }
        // Taken after the job is gone: with a checkpoint every 500 ms, the one seen while it ran may have been
        // replaced, and deleted, by a newer one before the cancel.
        checkpoint = RetainedCheckpoints.latest(checkpoints).orElseThrow();
        List<Alert> beforeRestart = scope(allAlerts());
        long lastVersion = beforeRestart.stream().mapToLong(Alert::version).max().orElseThrow();
        int lastCount = beforeRestart.stream().mapToInt(a -> a.misreading().count()).max().orElseThrow();
        LOG.info("checkpoint {}: {} bytes", checkpoint.getFileName(), size(checkpoint));

        // Reposts of the same comments later that day, read by a job restored from the checkpoint.
        JobClient restored = AnalysisJob.start(streaming.restoreFrom(checkpoint.toUri().toString()),
                "yuqing-alerts-restore-test");
        List<Alert> versions;
        try {
            produce(comments(policy, "repost-", Instant.parse("2026-11-06T11:00:00Z"), Duration.ofMinutes(10)));
            versions = scope(alerts(seen -> scope(seen).stream().anyMatch(a -> a.misreading().count() > lastCount),
                    Duration.ofSeconds(120)));
        } finally {
            restored.cancel().get();
        }

        // The restored job counts the reposts on top of the restored tally, under the same id and a later version;
        // a job that had lost its state would start again at version 1 with a new episode.
        assertThat(versions).extracting(Alert::id).containsOnly(raised.get(0).id());
        Alert grown = versions.stream().filter(a -> a.misreading().count() > lastCount).findFirst().orElseThrow();
        assertThat(grown.version()).isGreaterThan(lastVersion);
        assertThat(grown.misreading().count()).isGreaterThanOrEqualTo(10);
    }

    /** The versions of the alert about the scope clause (一、调整范围), in the order sent. */
    private static List<Alert> scope(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.type() == AlertType.MISREADING)
                .filter(a -> a.misreading().clause().startsWith("一、调整范围。本市户籍、年满60周岁")).toList();
    }

    private static Path checkpointAfter(Path directory, long millis) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> RetainedCheckpoints.latest(directory), latest -> latest.isPresent()
                        && completedAfter(latest.get(), millis))
                .orElseThrow();
    }

    private static boolean completedAfter(Path checkpoint, long millis) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata")).toMillis() > millis;
        } catch (java.io.IOException notYetWritten) {
            return false;
        }
    }

    private static long size(Path checkpoint) throws Exception {
        try (var files = Files.walk(checkpoint)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** The demo pension notice, issued by this run's city. */
    private RawDocument policy() {
        return RawDocument.builder(source + "-policy", DocumentKind.POLICY)
                .source(source)
                .url("http://127.0.0.1/zcwj/" + run + ".html")
                .title(issuer + "关于调整城乡居民基本养老保险基础养老金标准的通知")
                .docNo("示政办〔2026〕" + (100 + Math.floorMod(run.hashCode(), 800)) + "号")
                .issuer(issuer)
                .publishedAt("2026-11-05")
                .fetchedAt("2026-11-05T10:00:00+08:00")
                .text(NOTICE.formatted(city))
                .build();
    }

    /** The evaluation set's misreadings of the notice as comments under it, one every {@code spacing}. */
    private List<RawDocument> comments(RawDocument policy, String prefix, Instant first, Duration spacing) {
        List<EvaluationComments.Labelled> misreadings = EvaluationComments.misreadingsOf("demo-1001");
        List<RawDocument> comments = new ArrayList<>();
        for (int i = 0; i < misreadings.size(); i++) {
            EvaluationComments.Labelled labelled = misreadings.get(i);
            String id = prefix + labelled.id();
            comments.add(RawDocument.builder(source + "-" + id, DocumentKind.COMMENT)
                    .source(source)
                    .url(policy.url() + "#" + id)
                    .title(policy.title())
                    .text(labelled.text())
                    .replyTo(policy.id())
                    .likes((long) (i * 7 % 40))
                    .publishedAt(first.plus(spacing.multipliedBy(i)).atOffset(ZoneOffset.ofHours(8)).toString())
                    .fetchedAt("2026-11-07T01:00:00+08:00")
                    .build());
        }
        return comments;
    }

    /** This run's documents leave the shared index, so that no later test links comments to this notice. */
    @AfterEach
    void removeDocuments() throws Exception {
        SharedIndex.removeDocumentsOf(source);
    }


    private static Alert latest(List<Alert> versions) {
        assertThat(versions).as("alerts of one kind").isNotEmpty();
        return versions.stream().max(Comparator.comparingLong(Alert::version)).orElseThrow();
    }

    private void produce(List<RawDocument> documents) {
        try (KafkaProducer<String, String> producer = producer()) {
            documents.forEach(d -> producer.send(new ProducerRecord<>(rawTopic, d.id(), Json.write(d))));
        }
    }

    private void produce(int partition, RawDocument document) {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(rawTopic, partition, document.id(), Json.write(document)));
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = KafkaConnection.plaintext(KAFKA).producerProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(props);
    }

    /**
     * The alerts topic from its start, read until {@code enough} holds or, when nothing more comes for three
     * seconds after something came, until then; at most {@code atMost}.
     */
    /** The alerts sent so far, once some pass {@code enough}, or all read when {@code atMost} is up. */
    private List<Alert> alerts(Predicate<List<Alert>> enough, Duration atMost) throws Exception {
        List<Alert> alerts = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = alertReader()) {
            long deadline = System.currentTimeMillis() + atMost.toMillis();
            while (System.currentTimeMillis() < deadline && !enough.test(alerts)) {
                read(consumer.poll(Duration.ofMillis(1_000)), alerts);
            }
        }
        return alerts;
    }

    /** Every alert in the topic now, read to its end: for a job that has stopped. */
    private List<Alert> allAlerts() throws Exception {
        List<Alert> alerts = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = alertReader()) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                read(consumer.poll(Duration.ofMillis(1_000)), alerts);
            }
        }
        return alerts;
    }

    /** A reader of the whole alert topic, from its start. */
    private KafkaConsumer<String, String> alertReader() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ConsumerConfig.GROUP_ID_CONFIG, "it-alerts-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(alertTopic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static void read(Iterable<ConsumerRecord<String, String>> records, List<Alert> into) throws Exception {
        for (ConsumerRecord<String, String> record : records) {
            Alert alert = Json.read(record.value(), Alert.class);
            assertThat(record.key()).isEqualTo(alert.id());
            into.add(alert);
        }
    }
}
