package org.yuqing.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the job's own share of the CPU went, by the part of the pipeline each thread runs: Flink names a task's
 * thread after its chain of operators, the clients name theirs. What no Java thread accounts for (the JIT
 * compilers, the garbage collector) is the process's CPU time minus the threads' sum.
 *
 * <p>Threads that end between the two readings are missed, and counted in that remainder.
 */
final class JobThreadShares {

    /** A part of the pipeline and how to recognise its threads by name; the first that matches takes a thread. */
    private record Part(String name, Predicate<String> runs) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("analysis (Kafka source, parse, analyse, route)", name -> name.startsWith("Source: ")),
            new Part("policy watch", name -> name.startsWith("policy watch")),
            new Part("hot issues", name -> name.startsWith("hot-issues") || name.startsWith("hot issues")),
            new Part("Elasticsearch sinks and client", name -> name.contains("elasticsearch")),
            new Part("Kafka clients", name -> name.startsWith("kafka-") || name.startsWith("Source Data Fetcher")),
            new Part("the benchmark's producer and probes", name -> name.startsWith(BenchCommand.THREAD_NAME)),
            new Part("other Flink and JVM threads", name -> true));

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> atStart = Map.of();
    private Duration processAtStart = Duration.ZERO;

    void start() {
        processAtStart = processCpu();
        atStart = threadCpuNanos();
    }

    /** Cores each part kept busy on average over {@code seconds}, and the microseconds of CPU per document. */
    String report(double seconds, double documentsPerSecond) {
        Map<String, Long> nanosByPart = new LinkedHashMap<>();
        PARTS.forEach(part -> nanosByPart.put(part.name(), 0L));
        long threadsTotal = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            long used = now - atStart.getOrDefault(info.getThreadId(), 0L);
            threadsTotal += used;
            nanosByPart.merge(partOf(info.getThreadName()), used, Long::sum);
        }
        long process = processCpu().minus(processAtStart).toNanos();
        nanosByPart.put("JIT compilers, GC and ended threads", Math.max(0, process - threadsTotal));

        StringBuilder out = new StringBuilder();
        nanosByPart.forEach((part, nanos) -> out.append(String.format("      %-48s %5.2f cores  %6.0f us/doc%n", part,
                nanos / 1e9 / seconds, documentsPerSecond > 0 ? nanos / 1e3 / seconds / documentsPerSecond : 0)));
        return out.toString();
    }

    private static String partOf(String threadName) {
        return PARTS.stream().filter(part -> part.runs().test(threadName)).findFirst().orElseThrow().name();
    }

    private Map<Long, Long> threadCpuNanos() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
