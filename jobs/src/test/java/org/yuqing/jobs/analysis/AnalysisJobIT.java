package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.Settings;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.kafka.Topics;

/** The analysis job on the real Kafka and Elasticsearch: documents become searchable, bad records become dead letters. */
class AnalysisJobIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SOURCE = "analysis-it-" + RUN;
    private static final String RAW_TOPIC = "it.raw." + RUN;
    private static final String DLQ_TOPIC = "it.dlq." + RUN;

    private static RestClientTransport transport;
    private static ElasticsearchClient elasticsearch;

    @BeforeAll
    static void connect() {
        transport = ElasticsearchClients.transport(LocalServices.ELASTICSEARCH, null);
        elasticsearch = new ElasticsearchClient(transport);
    }

    @AfterAll
    static void close() throws Exception {
        transport.close();
    }

    @Test
    void goodDocumentsBecomeSearchableBadRecordsGoToTheDeadLetterTopicAndAReplayAddsNothing() throws Exception {
        Topics.ensure(LocalServices.KAFKA, 2, RAW_TOPIC, DLQ_TOPIC);
        List<RawDocument> documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            documents.add(RawDocument.builder("it-" + RUN + "-" + i, i % 2 == 0 ? DocumentKind.COMMENT : DocumentKind.MESSAGE)
                    .source(SOURCE)
                    .url("http://127.0.0.1/it/" + i)
                    .title("關於基礎養老金的留言 " + i)
                    .text("基础养老金由每人每月200元提高到230元，什么时候开始发放？")
                    .publishedAt("2026-11-0" + (1 + i % 9))
                    .build());
        }
        ObjectNode badDate = (ObjectNode) Json.mapper().readTree(Json.write(documents.get(0)));
        badDate.put("id", "it-" + RUN + "-bad-date").put("published_at", "sometime last week");
        try (KafkaProducer<String, String> producer = producer()) {
            for (RawDocument document : documents) {
                producer.send(new ProducerRecord<>(RAW_TOPIC, document.id(), Json.write(document)));
            }
            producer.send(new ProducerRecord<>(RAW_TOPIC, "poison", "this is not JSON {"));
            producer.send(new ProducerRecord<>(RAW_TOPIC, "it-" + RUN + "-bad-date", badDate.toString()));
        }

        AnalysisJob.run(options("it-analysis-" + RUN));

        assertThat(countBySource()).isEqualTo(40);
        SearchResponse<JsonNode> hit = elasticsearch.search(s -> s.index(IndexNames.DOCUMENTS_ALIAS)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field("source").value(SOURCE)))
                        .must(m -> m.matchPhrase(p -> p.field("tokens").query("基础 养老金"))))), JsonNode.class);
        assertThat(hit.hits().hits()).hasSize(10);
        JsonNode indexed = hit.hits().hits().get(0).source();
        assertThat(indexed.get("title").asText()).startsWith("關於");
        assertThat(indexed.get("tokens").asText()).contains("关于").contains("养老金");
        assertThat(hit.hits().hits().get(0).index()).startsWith("yuqing-docs-2026.11");

        List<DeadLetter> deadLetters = deadLetters(2);
        assertThat(deadLetters).extracting(DeadLetter::stage).containsExactlyInAnyOrder("parse", "index");
        DeadLetter unparsable = deadLetters.stream().filter(d -> d.stage().equals("parse")).findFirst().orElseThrow();
        assertThat(unparsable.payload()).isEqualTo("this is not JSON {");
        assertThat(unparsable.origin()).startsWith(RAW_TOPIC + "/");
        assertThat(unparsable.reason()).contains("not a raw document");
        DeadLetter unindexable = deadLetters.stream().filter(d -> d.stage().equals("index")).findFirst().orElseThrow();
        assertThat(unindexable.documentId()).isEqualTo("it-" + RUN + "-bad-date");
        assertThat(unindexable.reason()).contains("status 400").contains("published_at");

        // A replay of the whole topic by a new consumer group writes the same ids again: nothing is duplicated.
        AnalysisJob.run(options("it-analysis-replay-" + RUN));
        assertThat(countBySource()).isEqualTo(40);
    }

    private static AnalysisJobOptions options(String group) {
        return AnalysisJobOptions.from(new Settings(LocalServices.KAFKA, LocalServices.ELASTICSEARCH, null))
                .topics(RAW_TOPIC, DLQ_TOPIC, group)
                .untilCaughtUp(true)
                .checkpointEvery(500);
    }

    private static long countBySource() throws Exception {
        elasticsearch.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS));
        return elasticsearch.count(c -> c.index(IndexNames.DOCUMENTS_ALIAS)
                .query(q -> q.term(t -> t.field("source").value(SOURCE)))).count();
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.KAFKA);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(props);
    }

    private static List<DeadLetter> deadLetters(int expected) throws Exception {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.KAFKA,
                ConsumerConfig.GROUP_ID_CONFIG, "it-dlq-reader-" + RUN,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(DLQ_TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            while (letters.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(Json.read(record.value(), DeadLetter.class));
                }
            }
        }
        return letters;
    }
}
