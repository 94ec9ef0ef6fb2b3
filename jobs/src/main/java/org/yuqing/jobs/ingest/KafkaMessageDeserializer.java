package org.yuqing.jobs.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.deadletter.DeadLetters;

/**
 * Parses each record into a raw document, once, and keeps the Kafka coordinates and the value with it so that a
 * dead letter can say exactly which record failed and why.
 */
public final class KafkaMessageDeserializer implements KafkaRecordDeserializationSchema<KafkaMessage> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaMessage> out) {
        String value = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        RawDocument document = null;
        String problem;
        if (value == null || value.isBlank()) {
            problem = "empty record";
        } else {
            try {
                document = Json.read(value, RawDocument.class);
                problem = null;
            } catch (Exception e) {
                problem = DeadLetters.describe(e);
            }
        }
        out.collect(new KafkaMessage(record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8), value, document,
                problem));
    }

    @Override
    public TypeInformation<KafkaMessage> getProducedType() {
        return TypeInformation.of(KafkaMessage.class);
    }
}
