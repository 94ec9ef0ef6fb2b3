package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.admin.Admin;
import org.yuqing.core.config.KafkaConnection;
import org.apache.flink.util.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.jobs.CheckpointFolders;
import org.yuqing.jobs.checkpoint.RetainedCheckpoints;

/**
 * Faults on the real services: the job killed mid-stream, Elasticsearch gone for a while. Nothing may be lost. The
 * outage is that of a private Elasticsearch node that the test starts on other loopback ports (deploy/local/
 * elasticsearch.sh with its own node directory) and stops by its pid file; the shared node is not touched.
 */
class AnalysisJobFaultIT {

    /**
     * The private node's directory: under target rather than in a JUnit temp folder, which is mode 700 and so out of
     * reach of the unprivileged user that Elasticsearch runs as under root; its logs stay there after a failure.
     */
    private static final Path PRIVATE_ELASTICSEARCH = Path.of("target", "private-elasticsearch").toAbsolutePath();

    private final Path checkpoints = CheckpointFolders.fresh();

    @Test
    void aJobKilledMidStreamAndRestoredFromItsLastCheckpointIndexesEveryDocumentOnce() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture("restore")) {
            AnalysisJobOptions options = pipeline.options("restore")
                    .untilCaughtUp(false)
                    .checkpointsIn(checkpoints.toUri().toString());
            Path checkpoint = checkpointOfAStoppedStreamingRun(pipeline, options);

            // Restored splits keep the stopping offsets of the job that was killed, so the restored job streams
            // on like the original did; it is stopped once the test has seen what it needs.
            JobClient restored = start(options.restoreFrom(checkpoint.toUri().toString()));
            try {
                assertThat(pipeline.awaitSearchable(3000, Duration.ofSeconds(120))).isEqualTo(3000);
            } finally {
                restored.cancel().get();
            }
        }
    }

    /**
     * {@code ./yuqing job --restore latest --until-caught-up} after a streaming run was killed: the restored splits
     * say "never stop", yet the run must end once it has read what the topic held when it started.
     */
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aRunUntilCaughtUpRestoredFromAStreamingRunsCheckpointEndsOnceCaughtUp() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture("restore-bounded")) {
            AnalysisJobOptions streaming = pipeline.options("restore-bounded")
                    .untilCaughtUp(false)
                    .checkpointsIn(checkpoints.toUri().toString());
            Path checkpoint = checkpointOfAStoppedStreamingRun(pipeline, streaming);

            JobClient bounded = start(streaming.untilCaughtUp(true).restoreFrom(checkpoint.toUri().toString()));
            bounded.getJobExecutionResult().get();

            assertThat(pipeline.awaitSearchable(3000, Duration.ofSeconds(30))).isEqualTo(3000);
            // and it left the group at the end, so that a next run starts there
            try (Admin admin = Admin.create(KafkaConnection.plaintext(pipeline.kafka).clientConfig())) {
                long committed = admin.listConsumerGroupOffsets(streaming.consumerGroup())
                        .partitionsToOffsetAndMetadata().get().values().stream()
                        .mapToLong(offset -> offset.offset()).sum();
                assertThat(committed).isEqualTo(3000);
            }
        }
    }

    /**
     * Messages 0–1499 in the topic, a streaming run stopped after its first checkpoint with some of them indexed,
     * then messages 1500–2999 arriving while no job runs; the newest checkpoint kept.
     */
    private Path checkpointOfAStoppedStreamingRun(PipelineFixture pipeline, AnalysisJobOptions options)
            throws Exception {
        for (int i = 0; i < 1500; i++) {
            pipeline.produce(pipeline.message(i));
        }
        pipeline.flush();

        JobClient running = start(options);
        assertThat(pipeline.awaitSearchable(1, Duration.ofSeconds(60))).isPositive();
        awaitCheckpoint();
        running.cancel().get();
        // Taken after the job is gone, as `./yuqing job --restore latest` does: one seen while it ran may have
        // been replaced (and deleted) by a newer one before the cancel.
        Path checkpoint = RetainedCheckpoints.latest(checkpoints).orElseThrow();

        // Documents keep arriving while the job is down.
        for (int i = 1500; i < 3000; i++) {
            pipeline.produce(pipeline.message(i));
        }
        pipeline.flush();
        return checkpoint;
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void whileElasticsearchIsDownTheSinkBacksOffAndIndexesEverythingOnceItIsBack() throws Exception {
        PrivateService node = PrivateService.elasticsearch(PRIVATE_ELASTICSEARCH);
        // A run that was killed before its finally may have left its node running from there.
        node.down();
        FileUtils.deleteDirectory(PRIVATE_ELASTICSEARCH.toFile());
        try {
            node.up();
            URI elasticsearch = URI.create("http://" + node.address());
            try (PipelineFixture pipeline = new PipelineFixture("outage", PipelineFixture.KAFKA, elasticsearch)) {
                int metrics = MetricsScrape.freePort();
                JobClient running = start(pipeline.options("outage").untilCaughtUp(false).checkpointEvery(1000)
                        .metricsOn(new PrometheusEndpoint("127.0.0.1", metrics)));
                try {
                    for (int i = 0; i < 300; i++) {
                        pipeline.produce(pipeline.message(i));
                    }
                    pipeline.flush();
                    assertThat(pipeline.awaitSearchable(300, Duration.ofSeconds(60))).isEqualTo(300);

                    node.down();
                    for (int i = 300; i < 600; i++) {
                        pipeline.produce(pipeline.message(i));
                    }
                    pipeline.flush();
                    // The sink met the outage: it has put documents back for a retry before the node returns.
                    MetricsScrape.until(metrics, s -> s.name().equals(
                            "flink_taskmanager_job_task_operator_elasticsearchRetriedDocuments") && s.value() > 0,
                            Duration.ofSeconds(60));
                    // From the same data directory: the index templates and the first 300 documents are still there.
                    node.up();

                    assertThat(pipeline.awaitSearchable(600, Duration.ofSeconds(120))).isEqualTo(600);
                } finally {
                    running.cancel().get();
                }
            }
        } finally {
            node.down();
        }
    }

    private static JobClient start(AnalysisJobOptions options) throws Exception {
        return AnalysisJob.start(options, "yuqing-analysis-fault-test");
    }

    private Path awaitCheckpoint() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> RetainedCheckpoints.latest(checkpoints), Optional::isPresent).orElseThrow();
    }
}
