package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.document.DeadLetter;

/**
 * Kafka faults while the job streams: its broker restarted in the middle of ingestion, and a burst of malformed
 * records among good ones. The restart happens on a private broker that this test starts on other loopback ports
 * (deploy/local/kafka.sh with its own node directory) and stops by its pid file; the shared broker is not touched.
 */
class KafkaFaultIT {

    @TempDir
    Path brokerDirectory;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aBrokerRestartedDuringIngestionLosesNothingAndDuplicatesNothing() throws Exception {
        PrivateService broker = PrivateService.kafka(brokerDirectory.resolve("kafka"));
        broker.up();
        try (PipelineFixture pipeline = new PipelineFixture("broker-restart", broker.address())) {
            JobClient job = AnalysisJob.start(pipeline.options("broker-restart").untilCaughtUp(false).withHotIssues(false),
                    "yuqing-analysis-broker-restart-test");
            try {
                for (int i = 0; i < 400; i++) {
                    pipeline.produce(pipeline.message(i));
                }
                pipeline.flush();
                assertThat(pipeline.awaitSearchable(1, Duration.ofSeconds(120))).isPositive();

                long pid = broker.pid();
                ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
                process.destroy(); // SIGTERM, by pid: the broker goes away in the middle of the stream
                assertThat(process.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
                // A producer keeps sending while the broker is down (its sends wait for the broker to be back),
                // as a crawler would, while the broker restarts.
                CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> {
                    for (int i = 400; i < 800; i++) {
                        pipeline.produce(pipeline.message(i));
                    }
                });
                broker.up();
                assertThat(broker.pid()).isNotEqualTo(pid);
                producing.get(3, TimeUnit.MINUTES);
                pipeline.flush();

                assertThat(pipeline.awaitSearchable(800, Duration.ofSeconds(180))).isEqualTo(800);
                // Indexed by document id, and replayed records after the restart overwrite: once the job has
                // committed everything it read (so its sinks flushed it), still exactly 800.
                pipeline.awaitCommittedToTheEnd("broker-restart", Duration.ofSeconds(120));
                assertThat(pipeline.searchableCount()).isEqualTo(800);
                assertThat(pipeline.deadLetters(1)).isEmpty();
            } finally {
                job.cancel().get();
            }
        } finally {
            broker.down();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aBurstOfMalformedRecordsGoesToTheDeadLetterTopicWithReasonsWhileTheGoodOnesFlow() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture("malformed-burst")) {
            JobClient job = AnalysisJob.start(pipeline.options("malformed-burst").untilCaughtUp(false).withHotIssues(false),
                    "yuqing-analysis-malformed-burst-test");
            try {
                for (int i = 0; i < 300; i++) {
                    pipeline.produce(pipeline.message(i));
                    if (i >= 100 && i < 200) {
                        pipeline.send("bad-" + i, i % 2 == 0 ? "{\"id\": \"truncated-" + i : "");
                    }
                }
                pipeline.flush();

                assertThat(pipeline.awaitSearchable(300, Duration.ofSeconds(120))).isEqualTo(300);
                List<DeadLetter> letters = pipeline.deadLetters(100);
                assertThat(letters).hasSize(100).allSatisfy(letter -> {
                    assertThat(letter.stage()).isEqualTo("parse");
                    assertThat(letter.origin()).startsWith(pipeline.rawTopic + "/");
                    assertThat(letter.reason()).isNotBlank();
                });
                assertThat(letters).filteredOn(l -> l.payload() == null || l.payload().isEmpty())
                        .hasSize(50).allSatisfy(l -> assertThat(l.reason()).isEqualTo("empty record"));
                assertThat(letters).filteredOn(l -> l.payload() != null && l.payload().startsWith("{\"id\": \"truncated-"))
                        .hasSize(50).allSatisfy(l -> assertThat(l.reason()).startsWith("not a raw document"));
                assertThat(letters).extracting(DeadLetter::documentId).doesNotHaveDuplicates();
            } finally {
                job.cancel().get();
            }
        }
    }
}
