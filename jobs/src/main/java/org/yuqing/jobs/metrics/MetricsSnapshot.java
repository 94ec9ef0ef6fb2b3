package org.yuqing.jobs.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yuqing.jobs.metrics.PrometheusText.Sample;

/**
 * Turns successive scrapes of one target into the documents of {@code yuqing-metrics}: only the metrics the
 * pipeline health dashboard reads, each series with its value and its increase since the previous scrape, so that
 * Elasticsearch can chart rates (sum of increases per interval) without scripts or pipeline aggregations.
 */
public final class MetricsSnapshot {

    /** One series at one scrape, as indexed. */
    public record Point(String timestamp, String target, String metric, String name, String operator, String subtask,
                        String source, String host, String kind, double value, Double delta) {
    }

    /** Flink's scope prefixes and the crawler's; what follows is the metric's own name. */
    private static final List<String> PREFIXES = List.of("flink_taskmanager_job_task_operator_",
            "flink_taskmanager_job_task_", "flink_jobmanager_job_", "yuqing_crawler_");
    private static final Set<String> KEPT = Set.of(
            "numRecordsIn", "numRecordsOut", "pendingRecords", "KafkaSourceReader_KafkaConsumer_records_lag_max",
            "unparsableRecords", "elasticsearchRetriedDocuments", "elasticsearchDeadLetteredDocuments",
            "lastCheckpointDuration", "lastCheckpointSize", "numberOfCompletedCheckpoints", "numberOfFailedCheckpoints",
            "pages_fetched_total", "pages_failed_total", "pages_blocked_by_robots_total", "documents_emitted_total",
            "retries_total", "queue_size", "host_delay_seconds");

    private final String target;
    private final Map<String, Double> previous = new HashMap<>();

    public MetricsSnapshot(String target) {
        this.target = target;
    }

    public List<Point> points(List<Sample> scrape, String timestamp) {
        List<Point> points = new ArrayList<>();
        for (Sample sample : scrape) {
            String metric = shortName(sample.name());
            if (metric == null || !KEPT.contains(metric) || !Double.isFinite(sample.value())) {
                continue;
            }
            String series = sample.name() + sample.labels();
            Double before = previous.put(series, sample.value());
            // A first sighting has no increase; a smaller value means the counter started again (a restart).
            Double delta = before == null ? null : sample.value() >= before ? sample.value() - before : sample.value();
            points.add(new Point(timestamp, target, metric, sample.name(), sample.label("operator_name"),
                    sample.label("subtask_index"), sample.label("source"), sample.label("host"), sample.label("kind"),
                    sample.value(), delta));
        }
        return points;
    }

    static String shortName(String name) {
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return null;
    }
}
