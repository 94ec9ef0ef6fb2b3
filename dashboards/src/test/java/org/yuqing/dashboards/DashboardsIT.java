package org.yuqing.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yuqing.alerts.lifecycle.AlertIndex;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertLifecycle;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertStatus;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.core.config.Settings;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.Integrity;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.analysis.AnalysisJob;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.metrics.MetricsSnapshotWriter;

/**
 * Every panel of every dashboard, run the way Grafana would run it, against a real Elasticsearch that the
 * analysis job has just filled: each returns data, and each field it names exists in the mapping with a type
 * that its aggregation can use. No Grafana server can be installed on the build machines.
 */
class DashboardsIT {

    private static final String KAFKA = System.getProperty("yuqing.kafka", "127.0.0.1:9092");
    private static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));
    private static final Path DASHBOARDS = Path.of("grafana");
    private static final Path DATASOURCES = Path.of("..", "deploy", "grafana", "provisioning", "datasources");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern QUERY_FIELD = Pattern.compile("(?<![\\w.])([a-z][\\w.]*):");
    private static final Pattern EXISTS_FIELD = Pattern.compile("_exists_:([\\w.]+)");
    /** The router's template for {@code yuqing-alerts}: this run's alerts go to an index of their own with it. */
    private static final String ALERTS_TEMPLATE = "yuqing-alerts.template.json";
    private static final Set<String> AGGREGATABLE = Set.of("keyword", "boolean", "long", "integer", "float", "double", "date");
    private static final Set<String> NUMERIC = Set.of("long", "integer", "float", "double");
    private static final Set<String> NUMERIC_OR_BOOLEAN = Set.of("long", "integer", "float", "double", "boolean");
    private static String alertsIndex;

    // Ends after the fills below, as Grafana's "now" would when the dashboards are opened.
    private static final long TO = System.currentTimeMillis() + 3_600_000L;
    private static final long FROM = TO - 7L * 24 * 3600 * 1000;

    @BeforeAll
    static void fillElasticsearchThroughThePipeline() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String topic = "it.dashboards.raw." + run;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        List<RawDocument> documents = new ArrayList<>();
        String[] comments = {
            "公交线路调整后等车时间太长了，非常不满意，希望交通局尽快解决。",
            "小区门口道路积水严重，老人出行很不方便，请城管部门疏通排水管道。",
            "感谢社保局的耐心答复，养老金调整政策很好，为政府点赞！",
            "学校周边的培训机构乱收费，家长们很愤怒，教育局管不管？",
            "医院挂号太难了，排队三个小时还没看上病，太失望了。",
            "景区门票价格上涨，游客意见很大，希望物价部门调查。",
            "工厂夜间排放废气，气味刺鼻，环保局什么时候来查？"};
        for (int i = 0; i < 35; i++) {
            OffsetDateTime at = now.minusHours(3L * i + 1);
            documents.add(RawDocument.builder("dash-" + run + "-" + i, i % 3 == 0 ? DocumentKind.MESSAGE : DocumentKind.COMMENT)
                    .source(i % 2 == 0 ? "dashboards-it-board" : "dashboards-it-news")
                    .url("http://127.0.0.1/dash/" + run + "/" + i)
                    .title("长沙市民留言 " + i)
                    .text("长沙市岳麓区" + comments[i % comments.length])
                    .publishedAt(at.toString())
                    .fetchedAt(at.plusMinutes(5).toString())
                    .build());
        }
        documents.add(RawDocument.builder("dash-" + run + "-hijacked", DocumentKind.POLICY)
                .source("dashboards-it-portal")
                .url("http://127.0.0.1/dash/" + run + "/hijacked")
                .title("关于做好政务公开工作的通知")
                .text("各区县人民政府：现就做好政务公开工作通知如下。")
                .publishedAt(now.minusDays(1).toString())
                .fetchedAt(now.minusHours(2).toString())
                .integrity(Integrity.hijacked(List.of("spam title: 澳门赌场在线视频", "injected pinyin: 政(zheng)府(fu)")))
                .build());
        for (int i = 0; i < 35; i += 3) {
            if (i % 2 == 0) {
                documents.add(reply(run, i, now.minusHours(3L * i + 1), i % 4 == 0
                        ? "网友您好！经A5区城管局核实，您反映的问题已处理完毕，路面积水已疏通，下一步将加强巡查。根据《城市道路管理条例》第十二条，我局将督促施工单位整改。"
                        : "留言已收悉。"));
            }
        }
        documents.add(policy(POLICY_ID_PREFIX + run).url("http://127.0.0.1/dash/" + run + "/policy")
                .publishedAt(now.minusDays(1).toString()).fetchedAt(now.minusDays(1).toString()).build());
        documents.add(RawDocument.builder("dash-" + run + "-interpretation", DocumentKind.INTERPRETATION)
                .source("dashboards-it-portal").url("http://127.0.0.1/dash/" + run + "/interpretation")
                .title("仪表市基础养老金标准调整政策解读").text("一、调整标准是什么？自2027年1月1日起提高到每人每月320元。")
                .publishedAt(now.minusHours(20).toString()).replyTo(POLICY_ID_PREFIX + run).build());
        produce(topic, documents);
        AnalysisJobOptions options = AnalysisJobOptions.from(new Settings(KAFKA, ELASTICSEARCH, null))
                .topics(topic, "it.dashboards.dlq." + run, "it-dashboards-" + run)
                .alertsTo("it.dashboards.alerts." + run)
                .untilCaughtUp(true)
                .checkpointEvery(500);
        AnalysisJob.run(options);
        post("/yuqing-docs/_refresh", "");

        // A second run, as in production: the policy is now registered, and comments that follow are checked against it.
        List<RawDocument> policyComments = new ArrayList<>();
        String[] about = {"仪表市的基础养老金明年起每月涨到500元了，太好了", "仪表市基础养老金从280元涨到320元，还是太少了！",
            "听说仪表市基础养老金今年1月就涨到320元了", "仪表市的基础养老金明年起每月涨到500元，消息可靠吗"};
        for (int i = 0; i < about.length; i++) {
            policyComments.add(RawDocument.builder("dash-" + run + "-policy-comment-" + i, DocumentKind.COMMENT)
                    .source("dashboards-it-news").url("http://127.0.0.1/dash/" + run + "/pl#" + i)
                    .text(about[i]).publishedAt(now.minusHours(2 + i).toString()).build());
        }
        produce(topic, policyComments);
        AnalysisJob.run(options);
        post("/yuqing-docs/_refresh", "");
        post("/" + IndexNames.POLICIES + "/_refresh", "");
        writeAlerts(run, now);
    }

    private static final String POLICY_ID_PREFIX = "dash-policy-";
    private static final String POLICY_TITLE = "仪表市人民政府办公室关于调整城乡居民基本养老保险基础养老金标准的通知";
    private static final String POLICY_DOC_NO = "仪政办〔2026〕9号";

    private static RawDocument.Builder policy(String id) {
        return RawDocument.builder(id, DocumentKind.POLICY)
            .source("dashboards-it-portal")
            .title(POLICY_TITLE)
            .docNo(POLICY_DOC_NO)
            .issuer("仪表市人民政府办公室")
            .text("""
                    经仪表市人民政府同意，现就调整我市城乡居民基本养老保险基础养老金标准有关事项通知如下：
                    一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。
                    二、调整标准。自2027年1月1日起，基础养老金由每人每月280元提高到每人每月320元。
                    三、资金来源。所需资金由市、县两级财政按现行比例分担，不增加参保人员个人缴费负担。""");
    }

    private static RawDocument reply(String run, int message, OffsetDateTime askedAt, String text) {
        return RawDocument.builder("dash-" + run + "-" + message + "-reply", DocumentKind.REPLY)
                .source("dashboards-it-board").url("http://127.0.0.1/dash/" + run + "/" + message + "#reply")
                .text(text).replyTo("dash-" + run + "-" + message)
                .publishedAt(askedAt.plusMinutes(50).toString()).build();
    }

    /**
     * Alerts as the router keeps them, written with the contract's own records so the field names cannot drift,
     * into this run's own index (see {@link #ALERTS_TEMPLATE}): open, acknowledged, answered, and one overdue.
     */
    private static void writeAlerts(String run, OffsetDateTime now) throws Exception {
        alertsIndex = "it-dashboards-alerts-" + run;
        ObjectNode mapping = JSON.createObjectNode();
        mapping.set("mappings", JSON.readTree(AlertIndex.class.getResourceAsStream(ALERTS_TEMPLATE)).at("/template/mappings"));
        JsonNode created = put("/" + alertsIndex, mapping.toString());
        assertThat(created.has("error")).as("alerts test index: %s", created).isFalse();
        String[][] lifecycles = {
            {"open", "false", null, null}, {"open", "true", null, null},
            {"acknowledged", "false", "3", null}, {"answered", "false", "2", "20"}, {"answered", "true", "30", "80"}};
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < lifecycles.length; i++) {
            OffsetDateTime raised = now.minusDays(i + 1L);
            String[] life = lifecycles[i];
            Alert alert = new Alert("dash-alert-" + run + "-" + i, i == 4 ? AlertType.SITE_HIJACKED : AlertType.MISREADING, 1,
                    AlertState.ACTIVE, i % 2 == 0 ? AlertSeverity.HIGH : AlertSeverity.MEDIUM, "基础养老金标准被误读", raised.toString(),
                    raised.toString(), raised.plusDays(2).toString(), i % 2 == 0 ? "仪表市人力资源和社会保障局" : "仪表市人民政府办公室",
                    "仪表市人民政府办公室", "劳动和社会保障", "仪表市", POLICY_ID_PREFIX + run, POLICY_TITLE, POLICY_DOC_NO,
                    i == 4 ? null : new Alert.MisreadingDetails(POLICY_ID_PREFIX + run + "#二", "二、调整标准。", "contradiction",
                            12 + i, Map.of("contradiction", 12 + i), 8, 4, "rising", 30, 2, 5, 0.4,
                            List.of("明年起每月涨到500元"), List.of("dash-" + run + "-policy-comment-0"), null, "基础养老金为每人每月320元。"),
                    null, i == 4 ? new Alert.SiteDetails("127.0.0.1", 1, List.of("http://127.0.0.1/dash/" + run + "/hijacked"),
                            List.of("spam title")) : null);
            AlertLifecycle lifecycle = new AlertLifecycle(AlertStatus.of(life[0]), Boolean.parseBoolean(life[1]),
                    life[2] == null ? null : raised.plusHours(Long.parseLong(life[2])).toString(), life[2] == null ? null : "值班员",
                    life[3] == null ? null : raised.plusHours(Long.parseLong(life[3])).toString(), life[3] == null ? null : "起草处",
                    life[3] == null ? null : "已发布解读", null, null, null, List.of("ops@example.invalid"),
                    List.of(new AlertLifecycle.Notification(raised.toString(), "new", 1, "ops@example.invalid", "email",
                            "delivered", null)));
            ObjectNode document = (ObjectNode) Json.mapper().valueToTree(alert);
            document.setAll((ObjectNode) Json.mapper().valueToTree(lifecycle));
            bulk.append("{\"index\":{\"_index\":\"").append(alertsIndex).append("\",\"_id\":\"").append(alert.id())
                    .append("\"}}\n").append(document).append('\n');
        }
        JsonNode indexed = post("/_bulk?refresh=true", bulk.toString());
        assertThat(indexed.path("errors").asBoolean()).as("alerts bulk: %s", indexed).isFalse();
    }

    @AfterAll
    static void dropTheAlertsTestIndex() throws Exception {
        if (alertsIndex != null) {
            HTTP.send(HttpRequest.newBuilder(ELASTICSEARCH.resolve("/" + alertsIndex)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void produce(String topic, List<RawDocument> documents) {
        Properties props = KafkaConnection.plaintext(KAFKA).producerProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (RawDocument document : documents) {
                producer.send(new ProducerRecord<>(topic, document.id(), Json.write(document)));
            }
        }
    }

    /**
     * The pipeline health panels read {@code yuqing-metrics}: filled here as {@code ./yuqing metrics-snapshot}
     * fills it, from the Prometheus endpoint of a running job that reads good records and a bad one.
     */
    @BeforeAll
    static void fillPipelineMetricsFromARunningJob() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String topic = "it.dashboards.metrics.raw." + run;
        Properties props = KafkaConnection.plaintext(KAFKA).producerProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < 20; i++) {
                RawDocument document = RawDocument.builder("dash-metrics-" + run + "-" + i, DocumentKind.COMMENT)
                        .source("dashboards-it-metrics").url("http://127.0.0.1/dash-metrics/" + run + "/" + i)
                        .title("留言 " + i).text("公交线路调整后等车时间太长了。").publishedAt("2026-11-05").build();
                producer.send(new ProducerRecord<>(topic, document.id(), Json.write(document)));
            }
            producer.send(new ProducerRecord<>(topic, "bad", "not a document"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JobClient job = AnalysisJob.start(AnalysisJobOptions.from(new Settings(KAFKA, ELASTICSEARCH, null))
                .topics(topic, "it.dashboards.metrics.dlq." + run, "it-dashboards-metrics-" + run)
                .withHotIssues(false).checkpointEvery(500)
                .metricsOn(new PrometheusEndpoint("127.0.0.1", port)), "yuqing-dashboards-metrics-" + run);
        try (var transport = ElasticsearchClients.transport(ELASTICSEARCH, null)) {
            MetricsSnapshotWriter writer = new MetricsSnapshotWriter(new ElasticsearchClient(transport),
                    Map.of("analysis", URI.create("http://127.0.0.1:" + port + "/metrics")), Clock.systemUTC());
            String readAll = "{\"query\":{\"query_string\":{\"query\":\"metric:numRecordsIn AND operator:parse_raw_documents "
                    + "AND delta:>0 AND timestamp:>=" + Instant.ofEpochMilli(FROM) + "\"}}}";
            long deadline = System.currentTimeMillis() + 120_000;
            do {
                writer.snapshot();
                Thread.sleep(1000);
                post("/" + MetricsSnapshotWriter.INDEX + "/_refresh", "");
            } while (post("/" + MetricsSnapshotWriter.INDEX + "/_count", readAll).path("count").asLong() == 0
                    && System.currentTimeMillis() < deadline);
            writer.snapshot();
        } finally {
            job.cancel().get();
        }
        post("/" + MetricsSnapshotWriter.INDEX + "/_refresh", "");
    }

    @Test
    void everyDashboardHasTheStructureGrafanaNeedsAndChineseTitles() throws Exception {
        Map<String, JsonNode> datasources = datasources();
        List<Path> files = dashboardFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode dashboard = JSON.readTree(file.toFile());
            assertThat(dashboard.path("uid").asText()).as("%s uid", file).isNotBlank();
            assertThat(dashboard.path("title").asText()).as("%s title", file).matches(".*\\p{IsHan}.*");
            assertThat(dashboard.path("schemaVersion").asInt()).as("%s schemaVersion", file).isGreaterThanOrEqualTo(36);
            for (JsonNode panel : dashboard.path("panels")) {
                assertThat(panel.path("title").asText()).as("%s panel %s", file, panel.path("id")).matches(".*\\p{IsHan}.*");
                assertThat(datasources).as("%s panel %s datasource", file, panel.path("title"))
                        .containsKey(panel.at("/datasource/uid").asText());
                assertThat(panel.path("targets")).as("%s panel %s targets", file, panel.path("title")).isNotEmpty();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("metrics")).as("%s / %s metrics", file, panel.path("title")).isNotEmpty();
                }
            }
        }
    }

    @Test
    void everyPanelReturnsDataAndNamesOnlyFieldsTheMappingHasWithTheRightType() throws Exception {
        Map<String, JsonNode> datasources = datasources();
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = JSON.readTree(file.toFile());
            Map<String, String> allValues = new HashMap<>();
            for (JsonNode variable : dashboard.at("/templating/list")) {
                allValues.put(variable.path("name").asText(), variable.path("allValue").asText("*"));
                JsonNode datasource = datasources.get(variable.at("/datasource/uid").asText());
                String field = JSON.readTree(variable.path("query").asText()).path("field").asText();
                assertType(mapping(datasource), field, AGGREGATABLE, file + " variable " + variable.path("name").asText());
            }
            for (JsonNode panel : dashboard.path("panels")) {
                JsonNode datasource = datasources.get(panel.at("/datasource/uid").asText());
                Map<String, String> fields = mapping(datasource);
                String where = file.getFileName() + " / " + panel.path("title").asText();
                for (JsonNode target : panel.path("targets")) {
                    String timeField = target.path("timeField").asText(datasource.at("/jsonData/timeField").asText());
                    assertType(fields, timeField, Set.of("date"), where + " time field");
                    checkFields(fields, target, where);
                    JsonNode body = GrafanaQueryTranslator.searchBody(target, timeField, FROM, TO, allValues);
                    JsonNode response = post("/" + index(datasource) + "/_search", body.toString());
                    assertThat(response.has("error")).as("%s: %s", where, response.path("error")).isFalse();
                    assertThat(hasData(response)).as("%s returns data for %s", where, body).isTrue();
                }
            }
        }
    }

    private static void checkFields(Map<String, String> fields, JsonNode target, String where) {
        for (JsonNode metric : target.path("metrics")) {
            if (metric.has("field")) {
                // Elasticsearch averages a boolean as 0 or 1: the mean of misreading.flag is the misreading rate.
                Set<String> types = Set.of("avg", "sum").contains(metric.path("type").asText()) ? NUMERIC_OR_BOOLEAN : NUMERIC;
                assertType(fields, metric.path("field").asText(), types, where + " metric");
            }
        }
        for (JsonNode bucket : target.path("bucketAggs")) {
            if (bucket.path("type").asText().equals("filters")) {
                for (JsonNode filter : bucket.at("/settings/filters")) {
                    checkQueryFields(fields, filter.path("query").asText(), where + " filter " + filter.path("label").asText());
                }
                continue;
            }
            Set<String> types = bucket.path("type").asText().equals("date_histogram") ? Set.of("date") : AGGREGATABLE;
            assertType(fields, bucket.path("field").asText(), types, where + " bucket");
        }
        checkQueryFields(fields, target.path("query").asText(), where);
    }

    private static void checkQueryFields(Map<String, String> fields, String query, String where) {
        Matcher m = QUERY_FIELD.matcher(query);
        while (m.find()) {
            assertThat(fields).as("%s: query field %s is in the mapping", where, m.group(1)).containsKey(m.group(1));
        }
        Matcher exists = EXISTS_FIELD.matcher(query);
        while (exists.find()) {
            String field = exists.group(1);
            assertThat(fields.keySet()).as("%s: _exists_:%s names a field or object in the mapping", where, field)
                    .anyMatch(name -> name.equals(field) || name.startsWith(field + "."));
        }
    }

    private static void assertType(Map<String, String> fields, String field, Set<String> types, String where) {
        assertThat(fields).as("%s: field %s is in the mapping", where, field).containsKey(field);
        assertThat(types).as("%s: type of %s", where, field).contains(fields.get(field));
    }

    static boolean hasData(JsonNode response) {
        if (response.at("/hits/total/value").asLong() == 0) {
            return false;
        }
        JsonNode aggregations = response.path("aggregations");
        if (aggregations.isMissingNode()) {
            return true;
        }
        for (JsonNode aggregation : aggregations) {
            JsonNode buckets = aggregation.path("buckets");
            boolean any = buckets.isArray() ? buckets.size() > 0 && anyCount(buckets) : buckets.isObject() && buckets.size() > 0;
            if (!any && !aggregation.has("value") && !aggregation.has("values")) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyCount(JsonNode buckets) {
        for (JsonNode bucket : buckets) {
            if (bucket.path("doc_count").asLong() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Field name → type, flattened over objects and multi-fields, of the datasource's index. */
    private static Map<String, String> mapping(JsonNode datasource) throws Exception {
        JsonNode response = get("/" + index(datasource) + "/_mapping");
        Map<String, String> fields = new HashMap<>();
        for (JsonNode index : response) {
            flatten("", index.at("/mappings/properties"), fields);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode properties, Map<String, String> into) {
        properties.fields().forEachRemaining(entry -> {
            String name = prefix + entry.getKey();
            JsonNode field = entry.getValue();
            if (field.has("properties")) {
                flatten(name + ".", field.get("properties"), into);
            } else {
                into.put(name, field.path("type").asText());
                field.path("fields").fields().forEachRemaining(sub -> into.put(name + "." + sub.getKey(), sub.getValue().path("type").asText()));
            }
        });
    }

    /** The datasource's index; the alerts' is this run's own until the alerts module's template is merged. */
    private static String index(JsonNode datasource) {
        String index = datasource.at("/jsonData/index").asText();
        return index.equals(IndexNames.ALERTS) ? alertsIndex : index;
    }

    static Map<String, JsonNode> datasources() throws Exception {
        Map<String, JsonNode> byUid = new HashMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(DATASOURCES)) {
            for (Path file : files.toList()) {
                for (JsonNode datasource : yaml.readTree(file.toFile()).path("datasources")) {
                    byUid.put(datasource.path("uid").asText(), datasource);
                }
            }
        }
        return byUid;
    }

    static List<Path> dashboardFiles() throws Exception {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(ELASTICSEARCH.resolve(path)).GET().build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
    }

    private static JsonNode put(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(ELASTICSEARCH.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
    }

    static JsonNode post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(ELASTICSEARCH.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
    }
}
