package org.yuqing.cli.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time used so far by the local cluster's processes, by what they are (Flink, Kafka, Elasticsearch), from their
 * pid files. A process that is not running counts nothing.
 */
final class ProcessCpu {

    static final Map<String, List<String>> GROUPS = groups();

    private ProcessCpu() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("flink (job)", List.of("flink/jobmanager.pid", "flink/taskmanager-1.pid",
                "flink/taskmanager-2.pid", "flink/zookeeper.pid"));
        groups.put("kafka", List.of("kafka-1/kafka.pid", "kafka-2/kafka.pid", "kafka-3/kafka.pid"));
        groups.put("elasticsearch", List.of("es-1/es.pid", "es-2/es.pid"));
        return groups;
    }

    /** CPU time of each group now. */
    static Map<String, Duration> now() throws IOException {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        for (var group : GROUPS.entrySet()) {
            Duration total = Duration.ZERO;
            for (String pidFile : group.getValue()) {
                Path file = ClusterLayout.directory().resolve(pidFile);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                long pid = Long.parseLong(Files.readString(file).trim());
                total = total.plus(ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                        .orElse(Duration.ZERO));
            }
            cpu.put(group.getKey(), total);
        }
        return cpu;
    }
}
