package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.jobs.checkpoint.RetainedCheckpoints;

/** Faults on the real services: the job killed mid-stream, Elasticsearch gone for a while. Nothing may be lost. */
class AnalysisJobFaultIT {

    private static final Path SERVICES = Path.of("..", "deploy", "local", "services.sh").toAbsolutePath().normalize();

    @TempDir
    Path checkpoints;

    @Test
    void aJobKilledMidStreamAndRestoredFromItsLastCheckpointIndexesEveryDocumentOnce() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture("restore")) {
            AnalysisJobOptions options = pipeline.options("restore")
                    .untilCaughtUp(false)
                    .checkpointsIn(checkpoints.toUri().toString());
            for (int i = 0; i < 1500; i++) {
                pipeline.produce(pipeline.message(i));
            }
            pipeline.flush();

            JobClient running = start(options);
            assertThat(pipeline.awaitSearchable(1, Duration.ofSeconds(60))).isPositive();
            Path checkpoint = awaitCheckpoint();
            running.cancel().get();

            // Documents keep arriving while the job is down.
            for (int i = 1500; i < 3000; i++) {
                pipeline.produce(pipeline.message(i));
            }
            pipeline.flush();

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

    @Test
    void whileElasticsearchIsDownTheSinkBacksOffAndIndexesEverythingOnceItIsBack() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture("outage")) {
            JobClient running = start(pipeline.options("outage").untilCaughtUp(false).checkpointEvery(1000));
            try {
                for (int i = 0; i < 300; i++) {
                    pipeline.produce(pipeline.message(i));
                }
                pipeline.flush();
                assertThat(pipeline.awaitSearchable(300, Duration.ofSeconds(60))).isEqualTo(300);

                services("down", "elasticsearch");
                for (int i = 300; i < 600; i++) {
                    pipeline.produce(pipeline.message(i));
                }
                pipeline.flush();
                Thread.sleep(5000);
                services("up", "elasticsearch");

                assertThat(pipeline.awaitSearchable(600, Duration.ofSeconds(120))).isEqualTo(600);
            } finally {
                services("up", "elasticsearch");
                running.cancel().get();
            }
        }
    }

    private static JobClient start(AnalysisJobOptions options) throws Exception {
        return AnalysisJob.start(options, "yuqing-analysis-fault-test");
    }

    private Path awaitCheckpoint() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var latest = RetainedCheckpoints.latest(checkpoints);
            if (latest.isPresent()) {
                return latest.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no checkpoint completed within 30 s in " + checkpoints);
    }

    private static void services(String action, String service) throws Exception {
        int exit = new ProcessBuilder(SERVICES.toString(), action, service).inheritIO().start().waitFor();
        assertThat(exit).as("services.sh %s %s", action, service).isZero();
    }
}
