package org.yuqing.cli.cluster;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.JobID;

/** The faults of issue 19, in the order they run. */
final class Faults {

    /** How long a killed Kafka broker or Elasticsearch node stays down before it is started again. */
    private static final Duration DOWN = Duration.ofSeconds(20);

    private Faults() {
    }

    static List<Fault> all() {
        return List.of(
                new Fault("kill -9 taskmanager", (cluster, job) -> {
                    // The TaskManager that runs the source's first subtask: one that holds none of the job's
                    // tasks would be no fault at all.
                    cluster.nodes().kill(cluster.flink().taskManagerOf(job));
                    return job;
                }),
                new Fault("kill -9 jobmanager, restarted", (cluster, job) -> {
                    cluster.nodes().kill("jobmanager");
                    cluster.nodes().start("jobmanager");
                    return job;
                }),
                new Fault("kill -9 kafka broker, restarted", (cluster, job) -> {
                    cluster.nodes().kill("kafka-2");
                    Thread.sleep(DOWN.toMillis());
                    cluster.nodes().start("kafka-2");
                    return job;
                }),
                new Fault("kill -9 elasticsearch node, restarted", (cluster, job) -> {
                    cluster.nodes().kill("es-2");
                    Thread.sleep(DOWN.toMillis());
                    cluster.nodes().start("es-2");
                    return job;
                }),
                new Fault("savepoint, restart at parallelism 4", (cluster, job) -> {
                    String savepoint = cluster.flink().stopWithSavepoint(job);
                    System.out.println("  savepoint " + savepoint);
                    return cluster.flink().submit(cluster.jar(), List.of("--parallelism", "4"), savepoint);
                }));
    }
}
