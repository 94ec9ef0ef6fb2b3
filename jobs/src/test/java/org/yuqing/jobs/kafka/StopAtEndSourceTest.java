package org.yuqing.jobs.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.split.KafkaPartitionSplit;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.junit.jupiter.api.Test;

/** A split restored from a streaming run's checkpoint says "never stop"; a run until caught up must stop anyway. */
class StopAtEndSourceTest {

    private static final TopicPartition P0 = new TopicPartition("yuqing.raw", 0);
    private static final TopicPartition P1 = new TopicPartition("yuqing.raw", 1);

    @Test
    void everySplitStopsAtTheRunsEndWhateverItsCheckpointSaid() {
        StopAtEndSource<String> source = new StopAtEndSource<>(kafka(true), Map.of(P0, 120L));

        KafkaPartitionSplit streaming = new KafkaPartitionSplit(P0, 40L, KafkaPartitionSplit.NO_STOPPING_OFFSET);
        KafkaPartitionSplit bounded = new KafkaPartitionSplit(P0, 40L, 90L);

        assertThat(source.toEnd(streaming).getStoppingOffset()).contains(120L);
        assertThat(source.toEnd(streaming).getStartingOffset()).isEqualTo(40L);
        assertThat(source.toEnd(bounded).getStoppingOffset()).contains(120L);
    }

    @Test
    void aPartitionTheRunTookNoEndOfKeepsItsOwn() {
        StopAtEndSource<String> source = new StopAtEndSource<>(kafka(true), Map.of(P0, 120L));
        KafkaPartitionSplit other = new KafkaPartitionSplit(P1, 7L, 30L);

        assertThat(source.toEnd(other)).isEqualTo(other);
    }

    @Test
    void onlyABoundedSourceCanStopAtAnEnd() {
        assertThatThrownBy(() -> new StopAtEndSource<>(kafka(false), Map.of(P0, 120L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KafkaSource<String> kafka(boolean bounded) {
        var builder = KafkaSource.<String>builder()
                .setBootstrapServers("127.0.0.1:1")
                .setTopics("yuqing.raw")
                .setGroupId("test")
                .setDeserializer(KafkaRecordDeserializationSchema.valueOnly(StringDeserializer.class));
        return bounded ? builder.setBounded(OffsetsInitializer.offsets(Map.of(P0, 120L))).build() : builder.build();
    }
}
