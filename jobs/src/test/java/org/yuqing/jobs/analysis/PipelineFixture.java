package org.yuqing.jobs.analysis;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.config.Settings;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.kafka.SendFailures;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.kafka.Topics;

/**
 * One test's own slice of the real Kafka and Elasticsearch that deploy/local/services.sh starts: its own topics
 * and its own source name, so that tests never see each other's documents.
 */
final class PipelineFixture implements AutoCloseable {

    static final String KAFKA = System.getProperty("yuqing.kafka", "127.0.0.1:9092");
    static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String kafka;
    private final URI elasticsearchUri;
    final String source;
    final String rawTopic;
    final String deadLetterTopic;
    final String alertTopic;
    private final RestClientTransport transport;
    final ElasticsearchClient elasticsearch;
    private final KafkaProducer<String, String> producer;
    private final SendFailures failures;

    PipelineFixture(String name) throws Exception {
        this(name, KAFKA);
    }

    /** The same on another broker (a private one that a fault test restarts). */
    PipelineFixture(String name, String kafka) throws Exception {
        this(name, kafka, ELASTICSEARCH);
    }

    /** The same on another broker and Elasticsearch node (private ones that a fault test stops and restarts). */
    PipelineFixture(String name, String kafka, URI elasticsearch) throws Exception {
        this.kafka = kafka;
        this.elasticsearchUri = elasticsearch;
        source = name + "-" + run;
        rawTopic = "it." + name + ".raw." + run;
        deadLetterTopic = "it." + name + ".dlq." + run;
        alertTopic = "it." + name + ".alerts." + run;
        Topics.ensure(kafka, 2, rawTopic, deadLetterTopic);
        transport = ElasticsearchClients.transport(elasticsearch, null);
        this.elasticsearch = new ElasticsearchClient(transport);
        Properties props = KafkaConnection.plaintext(kafka).producerProperties();
        // Sends wait out a broker that is restarting (a fault test) instead of failing after a minute.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 180_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer = new KafkaProducer<>(props);
        failures = new SendFailures("topic " + rawTopic);
    }

    /** The job's options for this fixture's topics, stopping once it has caught up. */
    AnalysisJobOptions options(String consumerGroup) {
        return AnalysisJobOptions.from(new Settings(kafka, elasticsearchUri, null))
                .topics(rawTopic, deadLetterTopic, consumerGroup + "-" + run)
                .alertsTo(alertTopic)
                .untilCaughtUp(true)
                .checkpointEvery(500)
                .metricsOn(null);
    }

    /** A citizen message numbered {@code n}, published in November 2026. */
    RawDocument message(int n) {
        return RawDocument.builder(source + "-" + n, n % 2 == 0 ? DocumentKind.COMMENT : DocumentKind.MESSAGE)
                .source(source)
                .url("http://127.0.0.1/it/" + source + "/" + n)
                .title("關於基礎養老金的留言 " + n)
                .text("基础养老金由每人每月200元提高到230元，什么时候开始发放？")
                .publishedAt("2026-11-0" + (1 + n % 9))
                .build();
    }

    void produce(RawDocument document) {
        send(document.id(), Json.write(document));
    }

    void send(String key, String value) {
        producer.send(new ProducerRecord<>(rawTopic, key, value), (metadata, error) -> failures.record(error));
    }

    /**
     * Waits until every record sent is in Kafka, and fails if the broker refused one: a record that never reached
     * the topic is no document the job lost, and a test must not blame the job for it.
     */
    void flush() throws Exception {
        producer.flush();
        failures.throwIfAny();
    }

    /**
     * Waits until the job's consumer group has committed offsets at the end of every partition of the raw topic.
     * Flink commits them when a checkpoint completes, and a checkpoint completes only after the sinks flushed what
     * was read before it: from then on nothing sent so far is still on its way to Elasticsearch.
     */
    void awaitCommittedToTheEnd(String consumerGroup, Duration atMost) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            await().atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> uncommitted(admin, consumerGroup + "-" + run) == 0);
        }
    }

    private long uncommitted(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        admin.describeTopics(List.of(rawTopic)).allTopicNames().get().get(rawTopic).partitions()
                .forEach(partition -> ends.put(new TopicPartition(rawTopic, partition.partition()), OffsetSpec.latest()));
        long behind = 0;
        for (var end : admin.listOffsets(ends).all().get().entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            behind += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return behind;
    }

    long searchableCount() throws Exception {
        // On a fresh node (a private one) the alias only exists once the job has indexed its first document.
        elasticsearch.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS).ignoreUnavailable(true));
        return elasticsearch.count(c -> c.index(IndexNames.DOCUMENTS_ALIAS).ignoreUnavailable(true)
                .query(q -> q.term(t -> t.field("source").value(source)))).count();
    }

    /**
     * Waits until the count is reached or the time is up; returns the last count seen. A node that is coming back
     * (a fault test restarts it) may answer before its shards are: such an answer is not a count, and the wait
     * goes on; if the time runs out on one, it is thrown.
     */
    long awaitSearchable(long expected, Duration atMost) throws Exception {
        long deadline = System.currentTimeMillis() + atMost.toMillis();
        long count = -1;
        IOException unanswered = null;
        while (true) {
            try {
                count = searchableCount();
                unanswered = null;
            } catch (IOException notYet) {
                unanswered = notYet;
            }
            if (count >= expected || System.currentTimeMillis() >= deadline) {
                break;
            }
            Thread.sleep(500);
        }
        if (unanswered != null) {
            throw unanswered;
        }
        return count;
    }

    /**
     * What a failed count needs to be understood: how many records each partition of the raw topic holds, which
     * of the expected documents are missing from Elasticsearch, and every dead letter.
     */
    String diagnose(int expectedDocuments) {
        try {
            StringBuilder out = new StringBuilder("raw topic end offsets: ");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(rawTopic).stream()
                        .map(p -> new TopicPartition(rawTopic, p.partition())).toList();
                out.append(consumer.endOffsets(partitions));
            }
            elasticsearch.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS));
            Set<String> indexed = new HashSet<>();
            elasticsearch.search(s -> s.index(IndexNames.DOCUMENTS_ALIAS).size(10_000)
                    .query(q -> q.term(t -> t.field("source").value(source))).source(src -> src.fetch(false)),
                    JsonNode.class).hits().hits().forEach(hit -> indexed.add(hit.id()));
            List<String> missing = new ArrayList<>();
            for (int n = 0; n < expectedDocuments; n++) {
                if (!indexed.contains(message(n).id())) {
                    missing.add(message(n).id());
                }
            }
            out.append("; missing from Elasticsearch: ").append(missing);
            var shards = elasticsearch.count(c -> c.index(IndexNames.DOCUMENTS_ALIAS)
                    .query(q -> q.term(t -> t.field("source").value(source)))).shards();
            out.append("; shards counted: ").append(shards.successful()).append(" of ").append(shards.total())
                    .append(", failures: ").append(shards.failures());
            out.append("; dead letters: ").append(deadLetters(Integer.MAX_VALUE, Duration.ofSeconds(5)));
            return out.toString();
        } catch (Exception e) {
            return "cannot diagnose: " + e;
        }
    }

    List<DeadLetter> deadLetters(int expected) throws Exception {
        return deadLetters(expected, Duration.ofSeconds(30));
    }

    private List<DeadLetter> deadLetters(int expected, Duration atMost) throws Exception {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "it-dlq-reader-" + run,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(deadLetterTopic));
            long deadline = System.currentTimeMillis() + atMost.toMillis();
            while (letters.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(Json.read(record.value(), DeadLetter.class));
                }
            }
        }
        return letters;
    }

    @Override
    public void close() throws Exception {
        producer.close();
        transport.close();
    }
}
