package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.jobs.SharedIndex;
import org.yuqing.core.config.Settings;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.analysis.AnalysisJob;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.kafka.Topics;

/**
 * The policy watch in the streaming job on the real services: a crawled policy is registered, and later comments
 * are linked to it and checked clause by clause, also by a job started after the policy went past.
 */
class PolicyWatchIT {

    private static final String KAFKA = System.getProperty("yuqing.kafka", "127.0.0.1:9092");
    private static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));

    @Test
    void commentsAreLinkedToTheCrawledPolicyAndAMisreadingNamesItsClause() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String raw = "it.policywatch.raw." + run;
        Topics.ensure(KAFKA, 2, raw);
        AnalysisJobOptions options = AnalysisJobOptions.from(new Settings(KAFKA, ELASTICSEARCH, null))
                .topics(raw, "it.policywatch.dlq." + run, "it-policywatch-" + run)
                .alertsTo("it.policywatch.alerts." + run)
                .untilCaughtUp(true)
                .checkpointEvery(500);
        // a city of its own: other tests index copies of this notice, and the comments must link to this one
        String city = SharedIndex.cityNoPolicyNames();
        String policyId = "policy-" + run;
        RawDocument policy = RawDocument.builder(policyId, DocumentKind.POLICY)
                .source("policywatch-it-" + run)
                .url("http://127.0.0.1/zcwj/" + run + ".html")
                .title(city + "人民政府办公室关于调整城乡居民基本养老保险基础养老金标准的通知")
                .docNo(city.charAt(0) + "政办〔2026〕7号")
                .issuer(city + "人民政府办公室")
                .publishedAt("2026-11-05")
                .text("""
                        经%s人民政府同意，现就调整我市城乡居民基本养老保险基础养老金标准有关事项通知如下：
                        一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。
                        二、调整标准。自2027年1月1日起，基础养老金由每人每月310元提高到每人每月355元。
                        三、资金来源。所需资金由市、县两级财政按现行比例分担，不增加参保人员个人缴费负担。""".formatted(city))
                .build();
        send(raw, policy);
        AnalysisJob.run(options);

        RawDocument misreading = comment(run, "wrong", city + "的基础养老金明年起每月涨到400元了，太好了");
        RawDocument accurate = comment(run, "right", city + "基础养老金才从310元涨到355元，物价涨得比这快多了，太少了！");
        send(raw, misreading);
        send(raw, accurate);
        // A new run of the job: the policy comes from Elasticsearch, not from the stream.
        AnalysisJob.run(options);

        JsonNode wrong = indexed(misreading.id());
        assertThat(wrong.path("policy_ids").get(0).asText()).isEqualTo(policyId);
        assertThat(wrong.at("/misreading/flag").asBoolean()).as(wrong.path("misreading").toString()).isTrue();
        assertThat(wrong.at("/misreading/kind").asText()).isEqualTo("contradiction");
        assertThat(wrong.at("/misreading/clause").asText()).contains("310元提高到每人每月355元");
        assertThat(policy.text()).contains(wrong.at("/misreading/clause").asText());
        JsonNode right = indexed(accurate.id());
        assertThat(right.path("policy_ids").get(0).asText()).isEqualTo(policyId);
        assertThat(right.at("/misreading/flag").asBoolean()).isFalse();

        // leave no copy of the notice behind for later tests to link to
        SharedIndex.removeDocumentsOf("policywatch-it-" + run);
    }

    private static RawDocument comment(String run, String name, String text) {
        return RawDocument.builder("comment-" + run + "-" + name, DocumentKind.COMMENT)
                .source("policywatch-it-" + run)
                .url("http://127.0.0.1/pl/" + run + "#" + name)
                .text(text)
                .publishedAt("2026-11-06T09:00:00+08:00")
                .build();
    }

    private static void send(String topic, RawDocument document) {
        Properties props = KafkaConnection.plaintext(KAFKA).producerProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, document.id(), Json.write(document)));
        }
    }

    private static JsonNode indexed(String id) throws Exception {
        try (RestClientTransport transport = ElasticsearchClients.transport(ELASTICSEARCH, null)) {
            ElasticsearchClient client = new ElasticsearchClient(transport);
            client.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS));
            var hits = client.search(s -> s.index(IndexNames.DOCUMENTS_ALIAS).query(q -> q.ids(i -> i.values(List.of(id)))),
                    JsonNode.class).hits().hits();
            assertThat(hits).as("document %s is indexed", id).hasSize(1);
            return hits.get(0).source();
        }
    }
}
