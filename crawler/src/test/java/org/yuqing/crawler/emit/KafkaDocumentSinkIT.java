package org.yuqing.crawler.emit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

/** The crawler's producer against the real broker: a flush is a promise that Kafka has what was sent. */
class KafkaDocumentSinkIT {

    private static final String KAFKA = System.getProperty("yuqing.kafka", "127.0.0.1:9092");

    private final String topic = "it.crawler.sink." + UUID.randomUUID();

    @AfterEach
    void deleteTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA))) {
            admin.deleteTopics(List.of(topic)).all().get();
        }
    }

    @Test
    void aDocumentTheBrokerRefusesFailsTheFlushInsteadOfPassingForDelivered() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", "4096")))).all().get();
        }
        try (KafkaDocumentSink sink = new KafkaDocumentSink(KAFKA, topic)) {
            sink.accept(document("small", "一、本办法适用于全市。"));
            assertThatCode(sink::flush).doesNotThrowAnyException();

            sink.accept(document("large", incompressibleChinese(20_000)));

            assertThatThrownBy(sink::flush)
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("Kafka did not take 1 record(s) for topic " + topic)
                    .hasRootCauseInstanceOf(RecordTooLargeException.class);
        }
    }

    @Test
    void aDocumentOverTheRecordLimitIsRefusedByNameAndNothingElseIsLost() throws Exception {
        try (KafkaDocumentSink sink = new KafkaDocumentSink(KAFKA, topic)) {
            assertThatThrownBy(() -> sink.accept(document("huge", incompressibleChinese(400_000))))
                    .isInstanceOf(DocumentTooLargeException.class)
                    .hasMessageStartingWith("document huge is ")
                    .hasMessageEndingWith("over the 1048576 bytes a record may have");

            sink.accept(document("small", "一、本办法适用于全市。"));
            assertThatCode(sink::flush).doesNotThrowAnyException();
        }
    }

    private static RawDocument document(String id, String text) {
        return RawDocument.builder(id, DocumentKind.COMMENT)
                .source("sink-it")
                .url("http://127.0.0.1/comments/" + id)
                .text(text)
                .publishedAt("2026-11-26T10:00:00+08:00")
                .fetchedAt("2026-11-26T10:05:00+08:00")
                .build();
    }

    /** Random CJK characters: lz4 cannot shrink them below the topic's limit. */
    private static String incompressibleChinese(int length) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(20_000)));
        }
        return text.toString();
    }
}
