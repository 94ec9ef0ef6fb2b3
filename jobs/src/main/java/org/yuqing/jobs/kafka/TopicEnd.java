package org.yuqing.jobs.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.yuqing.core.config.KafkaConnection;

/**
 * Where a run that stops once it has caught up stops reading its topic, and where it leaves its consumer group once
 * it has finished: the end of every partition when the run starts, as a read_committed consumer sees it (the last
 * stable offset).
 *
 * <p>The Kafka source commits offsets only when a checkpoint completes, and asynchronously: the commit of a bounded
 * run's final checkpoint is lost whenever the reader closes before it is sent, which leaves the group at an earlier
 * checkpoint or at none. The next run would read that tail again, and with it event times that put everything posted
 * since behind the watermark. Committing the end itself, after the run, does not depend on that race.
 */
public final class TopicEnd {

    private final KafkaConnection kafka;
    private final String group;
    private final Map<TopicPartition, Long> offsets;

    private TopicEnd(KafkaConnection kafka, String group, Map<TopicPartition, Long> offsets) {
        this.kafka = kafka;
        this.group = group;
        this.offsets = Map.copyOf(offsets);
    }

    /** The end of every partition of the topic now, for the group that is about to read it. */
    public static TopicEnd now(KafkaConnection kafka, String topic, String group) throws Exception {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            List<TopicPartitionInfo> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicPartitionInfo partition : partitions) {
                latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                    .forEach((partition, end) -> offsets.put(partition, end.offset()));
            return new TopicEnd(kafka, group, offsets);
        }
    }

    /** The source's stopping offsets. */
    public OffsetsInitializer stoppingOffsets() {
        return OffsetsInitializer.offsets(offsets);
    }

    /**
     * The bounded source, stopping here also on the splits it restores from a checkpoint (which otherwise keep the
     * stopping offsets of the run that took it).
     */
    public <T> StopAtEndSource<T> stopAt(KafkaSource<T> bounded) {
        return new StopAtEndSource<>(bounded, offsets);
    }

    /** Leaves the group at the end: only once the run has read up to it, or records would be skipped. */
    public void commit() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        offsets.forEach((partition, offset) -> commits.put(partition, new OffsetAndMetadata(offset)));
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            admin.alterConsumerGroupOffsets(group, commits).all().get();
        }
    }
}
