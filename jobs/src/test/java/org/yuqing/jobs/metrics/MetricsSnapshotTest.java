package org.yuqing.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.metrics.MetricsSnapshot.Point;

class MetricsSnapshotTest {

    private static final String SINK_RETRIES = "flink_taskmanager_job_task_operator_elasticsearchRetriedDocuments"
            + "{operator_name=\"elasticsearch:_documents\",subtask_index=\"0\",} ";

    @Test
    void keepsThePipelinesMetricsWithTheirIncreaseSinceTheLastScrapeAndCountsARestartFromZero() {
        MetricsSnapshot snapshot = new MetricsSnapshot("analysis");

        List<Point> first = snapshot.points(PrometheusText.parse(SINK_RETRIES + "5\n"
                + "flink_taskmanager_Status_JVM_CPU_Load 0.5\n"
                + "yuqing_crawler_queue_size{host=\"www.gov.cn\",source=\"gov\"} 12\n"), "2026-11-26T00:00:00Z");
        List<Point> second = snapshot.points(PrometheusText.parse(SINK_RETRIES + "8\n"), "2026-11-26T00:00:15Z");
        List<Point> afterRestart = snapshot.points(PrometheusText.parse(SINK_RETRIES + "2\n"), "2026-11-26T00:00:30Z");

        assertThat(first).extracting(Point::metric).containsExactly("elasticsearchRetriedDocuments", "queue_size");
        assertThat(first.get(0).delta()).isNull();
        assertThat(first.get(0).operator()).isEqualTo("elasticsearch:_documents");
        assertThat(first.get(1).host()).isEqualTo("www.gov.cn");
        assertThat(second.get(0).delta()).isEqualTo(3.0);
        assertThat(second.get(0).timestamp()).isEqualTo("2026-11-26T00:00:15Z");
        assertThat(afterRestart.get(0).delta()).isEqualTo(2.0);
    }
}
