package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.KafkaConnection;

/**
 * A bounded run (the demo, a backfill, a test's first pass) on the real Kafka and Elasticsearch leaves its consumer
 * group where it stopped reading, so that the next run of the group reads only what came after. A run that left
 * it behind would hand the next one its records again, and with them their event times: comments posted since
 * would then arrive behind the watermark and their misreading alert could go missing.
 */
class BoundedRunIT {

    @Test
    void aBoundedRunLeavesItsGroupWhereItStoppedReading() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture("bounded")) {
            AnalysisJobOptions options = pipeline.options("bounded").withHotIssues(false);
            String group = options.consumerGroup();
            for (int i = 0; i < 20; i++) {
                pipeline.produce(pipeline.message(i));
            }
            pipeline.flush();

            AnalysisJob.run(options);
            assertThat(committed(pipeline, group)).as("after a run").isEqualTo(endOffsets(pipeline));

            for (int i = 20; i < 30; i++) {
                pipeline.produce(pipeline.message(i));
            }
            pipeline.flush();
            // as ./yuqing job and the demo run it: started, then awaited
            AnalysisJob.start(options, "yuqing-bounded-run-test").getJobExecutionResult().get();
            assertThat(committed(pipeline, group)).as("after a started run").isEqualTo(endOffsets(pipeline));
        }
    }

    private static Map<TopicPartition, Long> committed(PipelineFixture pipeline, String group) throws Exception {
        try (Admin admin = Admin.create(KafkaConnection.plaintext(pipeline.kafka).clientConfig())) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin
                    .listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    private static Map<TopicPartition, Long> endOffsets(PipelineFixture pipeline) throws Exception {
        try (Admin admin = Admin.create(KafkaConnection.plaintext(pipeline.kafka).clientConfig())) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(pipeline.rawTopic))
                    .allTopicNames().get().get(pipeline.rawTopic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(pipeline.rawTopic, p.partition()),
                            p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }
}
