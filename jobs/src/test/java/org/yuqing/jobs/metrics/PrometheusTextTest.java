package org.yuqing.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.metrics.PrometheusText.Sample;

class PrometheusTextTest {

    @Test
    void readsNamesLabelsWithEscapesAndSpecialValuesAndSkipsComments() {
        List<Sample> samples = PrometheusText.parse("""
                # HELP flink_taskmanager_job_task_operator_numRecordsIn numRecordsIn (scope: taskmanager_job_task_operator)
                # TYPE flink_taskmanager_job_task_operator_numRecordsIn gauge
                flink_taskmanager_job_task_operator_numRecordsIn{operator_name="elasticsearch:_documents",subtask_index="0",} 42.0
                yuqing_crawler_queue_size{host="www.gov.cn", note="a \\"quoted\\" \\\\ value"} 7 1700000000000
                flink_jobmanager_job_lastCheckpointSize NaN
                up +Inf
                """);

        assertThat(samples).containsExactly(
                new Sample("flink_taskmanager_job_task_operator_numRecordsIn",
                        Map.of("operator_name", "elasticsearch:_documents", "subtask_index", "0"), 42.0),
                new Sample("yuqing_crawler_queue_size", Map.of("host", "www.gov.cn", "note", "a \"quoted\" \\ value"), 7),
                new Sample("flink_jobmanager_job_lastCheckpointSize", Map.of(), Double.NaN),
                new Sample("up", Map.of(), Double.POSITIVE_INFINITY));
    }

    @Test
    void aLineThatIsNotASampleIsNamed() {
        assertThatThrownBy(() -> PrometheusText.parse("ok 1\nbroken{le=\"1\" 2\n"))
                .hasMessageContaining("line 2");
    }
}
