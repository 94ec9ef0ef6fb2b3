package org.yuqing.jobs.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Keeps the Kafka coordinates with each value so that a dead letter can say exactly which record failed. */
public final class KafkaMessageDeserializer implements KafkaRecordDeserializationSchema<KafkaMessage> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaMessage> out) {
        out.collect(new KafkaMessage(
                record.topic(),
                record.partition(),
                record.offset(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
    }

    @Override
    public TypeInformation<KafkaMessage> getProducedType() {
        return TypeInformation.of(KafkaMessage.class);
    }
}
