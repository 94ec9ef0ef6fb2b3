package org.yuqing.crawler.emit;

import java.io.IOException;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.kafka.SendFailures;

/** Produces documents to {@code yuqing.raw}, keyed by document id so that every version of a page stays in order. */
public final class KafkaDocumentSink implements DocumentSink {

    /**
     * Kafka's own default for a request (and, within a few bytes, for a message on the broker), stated so that a
     * document over it is refused here, by name, instead of by the producer after the fact. A page's text over
     * a megabyte is some 350,000 Chinese characters.
     */
    static final int MAX_RECORD_BYTES = 1024 * 1024;
    /** Room for the record's key, headers and batch framing within a request. */
    private static final int FRAMING_BYTES = 1024;

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final SendFailures failures;

    /** A plain-text connection (the local broker, the tests). */
    public KafkaDocumentSink(String bootstrapServers, String topic) {
        this(KafkaConnection.plaintext(bootstrapServers), topic);
    }

    public KafkaDocumentSink(KafkaConnection kafka, String topic) {
        this.producer = new KafkaProducer<>(properties(kafka));
        this.topic = topic;
        this.failures = new SendFailures("topic " + topic);
    }

    /** The connection's own properties (address, TLS, SASL) and what documents need: acknowledged by all, once, compressed. */
    static Properties properties(KafkaConnection kafka) {
        Properties props = kafka.producerProperties();
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        return props;
    }

    @Override
    public void accept(RawDocument document) throws DocumentTooLargeException {
        byte[] value = Json.writeBytes(document);
        int bytes = value.length + document.id().length() * 3 + FRAMING_BYTES;
        if (bytes > MAX_RECORD_BYTES) {
            throw new DocumentTooLargeException(document.id(), bytes, MAX_RECORD_BYTES);
        }
        producer.send(new ProducerRecord<>(topic, document.id(), value), (metadata, error) -> failures.record(error));
    }

    @Override
    public void flush() throws IOException {
        producer.flush();
        failures.throwIfAny();
    }

    @Override
    public void close() {
        producer.close();
    }
}
