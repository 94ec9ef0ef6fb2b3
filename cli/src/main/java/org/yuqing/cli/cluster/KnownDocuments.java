package org.yuqing.cli.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.kafka.SendFailures;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.core.naming.KafkaTopics;

/**
 * A set of citizen messages with known ids and texts under a source name of their own, sent to the job's topic at a
 * steady rate, and what Elasticsearch holds of them afterwards.
 */
final class KnownDocuments {

    private final String source;
    private final List<RawDocument> documents;

    KnownDocuments(String source, int count) {
        this.source = source;
        this.documents = IntStream.range(0, count).mapToObj(this::message).toList();
    }

    private RawDocument message(int n) {
        return RawDocument.builder(source + "-" + n, n % 2 == 0 ? DocumentKind.COMMENT : DocumentKind.MESSAGE)
                .source(source)
                .url("http://127.0.0.1/faults/" + source + "/" + n)
                .title("关于基础养老金的留言 " + n)
                .text("第" + n + "条：基础养老金由每人每月200元提高到230元，什么时候开始发放？")
                .publishedAt("2026-11-0" + (1 + n % 9))
                .build();
    }

    int size() {
        return documents.size();
    }

    /**
     * Sends documents {@code from} (inclusive) to {@code to}, {@code perSecond} a second, waiting for every broker
     * acknowledgement; fails on a refused one.
     */
    void send(String kafka, int from, int to, int perSecond) throws Exception {
        Properties properties = KafkaConnection.plaintext(kafka).producerProperties();
        // A broker killed by a fault test is waited out instead of failing the send.
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        SendFailures failures = new SendFailures("topic " + KafkaTopics.RAW);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            long start = System.nanoTime();
            for (int i = from; i < to; i++) {
                RawDocument document = documents.get(i);
                producer.send(new ProducerRecord<>(KafkaTopics.RAW, document.id(), Json.write(document)),
                        (metadata, error) -> failures.record(error));
                long due = start + (long) ((i + 1 - from) * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            producer.flush();
        }
        failures.throwIfAny();
    }

    /** How many of them Elasticsearch holds now (distinct or not). */
    long heldCount(ElasticsearchClient elasticsearch) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS).ignoreUnavailable(true));
        return elasticsearch.count(c -> c.index(IndexNames.DOCUMENTS_ALIAS).ignoreUnavailable(true)
                .query(q -> q.term(t -> t.field("source").value(source)))).count();
    }

    /** Every copy Elasticsearch holds, checked against what was sent. */
    FaultReport check(ElasticsearchClient elasticsearch, String fault, Duration recovery, Duration caughtUp)
            throws IOException {
        elasticsearch.indices().refresh(r -> r.index(IndexNames.DOCUMENTS_ALIAS));
        List<Hit<JsonNode>> hits = elasticsearch.search(s -> s.index(IndexNames.DOCUMENTS_ALIAS)
                .size(10_000)
                .query(q -> q.term(t -> t.field("source").value(source)))
                .source(src -> src.filter(f -> f.includes("text", "url"))), JsonNode.class).hits().hits();
        Map<String, Integer> copies = new HashMap<>();
        Map<String, RawDocument> sent = new HashMap<>();
        documents.forEach(document -> sent.put(document.id(), document));
        int altered = 0;
        for (Hit<JsonNode> hit : hits) {
            copies.merge(hit.id(), 1, Integer::sum);
            RawDocument original = sent.get(hit.id());
            if (original == null || !original.text().equals(hit.source().path("text").asText())
                    || !original.url().equals(hit.source().path("url").asText())) {
                altered++;
            }
        }
        int indexed = (int) copies.keySet().stream().filter(sent::containsKey).count();
        int doubled = copies.values().stream().mapToInt(n -> n - 1).sum();
        return new FaultReport(fault, documents.size(), indexed, doubled, documents.size() - indexed, altered,
                recovery, caughtUp);
    }
}
