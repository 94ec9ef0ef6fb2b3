package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.jobs.metrics.PrometheusText;
import org.yuqing.jobs.metrics.PrometheusText.Sample;

/** The job's metrics, scraped over loopback the way Prometheus does while the job runs on real Kafka and Elasticsearch. */
class PrometheusMetricsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void afterTheJobProcessedDocumentsItsMetricsAreServedWithSaneValues() throws Exception {
        int port = freePort();
        try (PipelineFixture pipeline = new PipelineFixture("metrics")) {
            for (int i = 0; i < 50; i++) {
                pipeline.produce(pipeline.message(i));
            }
            pipeline.send("garbage", "{ not json");
            pipeline.flush();

            JobClient job = AnalysisJob.start(pipeline.options("metrics").untilCaughtUp(false).withHotIssues(false)
                    .metricsOn(new PrometheusEndpoint("127.0.0.1", port)), "yuqing-analysis-metrics-test");
            try {
                assertThat(pipeline.awaitSearchable(50, Duration.ofSeconds(90))).isEqualTo(50);
                List<Sample> samples = awaitScrape(port, s -> s.name().endsWith("lastCheckpointSize") && s.value() > 0
                        && s.name().startsWith("flink_jobmanager_job_"));

                assertThat(sum(samples, "flink_taskmanager_job_task_operator_numRecordsIn", "elasticsearch:_documents"))
                        .isEqualTo(50);
                assertThat(sum(samples, "flink_taskmanager_job_task_operator_unparsableRecords", null)).isEqualTo(1);
                assertThat(sum(samples, "flink_taskmanager_job_task_operator_elasticsearchDeadLetteredDocuments", null)).isZero();
                assertThat(sum(samples, "flink_taskmanager_job_task_operator_elasticsearchRetriedDocuments", null)).isZero();
                assertThat(sum(samples, "flink_taskmanager_job_task_operator_numRecordsIn", "parse_raw_documents"))
                        .as("records into the parser; operators: %s", samples.stream()
                                .filter(s -> s.name().endsWith("operator_numRecordsOut")).map(s -> s.label("operator_name")).toList())
                        .isEqualTo(51);
                // Kafka lag: every record was read, so nothing is pending.
                assertThat(values(samples, "flink_taskmanager_job_task_operator_pendingRecords")).isNotEmpty().allMatch(v -> v == 0);
                assertThat(values(samples, "flink_taskmanager_job_task_operator_KafkaSourceReader_KafkaConsumer_records_lag_max"))
                        .isNotEmpty().allMatch(v -> v <= 0);
                assertThat(values(samples, "flink_jobmanager_job_numberOfCompletedCheckpoints")).containsExactly(
                        values(samples, "flink_jobmanager_job_numberOfCompletedCheckpoints").get(0)).allMatch(v -> v >= 1);
                assertThat(values(samples, "flink_jobmanager_job_lastCheckpointDuration")).allMatch(v -> v >= 0 && v < 60_000);
            } finally {
                job.cancel().get();
            }
        }
    }

    private static double sum(List<Sample> samples, String name, String operatorPrefix) {
        return samples.stream()
                .filter(s -> s.name().equals(name))
                .filter(s -> operatorPrefix == null || s.label("operator_name").startsWith(operatorPrefix))
                .mapToDouble(Sample::value).sum();
    }

    private static List<Double> values(List<Sample> samples, String name) {
        return samples.stream().filter(s -> s.name().equals(name)).map(Sample::value).toList();
    }

    /** Scrapes until one sample passes the check (checkpoints complete a little after the documents are searchable). */
    private static List<Sample> awaitScrape(int port, Predicate<Sample> ready) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        List<Sample> samples = List.of();
        while (System.currentTimeMillis() < deadline) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            samples = PrometheusText.parse(response.body());
            if (samples.stream().anyMatch(ready)) {
                return samples;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no scrape within 30 s had a completed checkpoint; names seen: "
                + samples.stream().map(Sample::name).distinct().sorted().toList());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
