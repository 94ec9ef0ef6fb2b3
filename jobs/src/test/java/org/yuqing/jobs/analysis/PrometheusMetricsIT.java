package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.jobs.metrics.PrometheusText.Sample;

/** The job's metrics, scraped over loopback the way Prometheus does while the job runs on real Kafka and Elasticsearch. */
class PrometheusMetricsIT {

    @Test
    void afterTheJobProcessedDocumentsItsMetricsAreServedWithSaneValues() throws Exception {
        int port = MetricsScrape.freePort();
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
                // checkpoints complete a little after the documents are searchable
                List<Sample> samples = MetricsScrape.until(port, s -> s.name().endsWith("lastCheckpointSize")
                        && s.value() > 0 && s.name().startsWith("flink_jobmanager_job_"), Duration.ofSeconds(30));

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
}
