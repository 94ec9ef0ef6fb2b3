package org.yuqing.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the machine's CPU went during the load: this JVM (the job, and the benchmark's producer and probes) and
 * the local services, read from the operating system's CPU time of each process, started by their pid files; the
 * job's share split by the part of the pipeline that used it ({@link JobThreadShares}).
 */
final class CpuShares {

    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();
    private final Map<String, Duration> atStart = new LinkedHashMap<>();
    private final JobThreadShares jobThreads = new JobThreadShares();
    private long startNanos;
    private long documentsAtStart;

    /** @param pidFiles a name per service and the pid file deploy/local wrote for it */
    CpuShares(Map<String, Path> pidFiles) {
        processes.put("job (this JVM)", ProcessHandle.current());
        pidFiles.forEach((name, file) -> pid(file).flatMap(ProcessHandle::of).ifPresent(p -> processes.put(name, p)));
    }

    /** @param documentsDone how many documents the pipeline has made searchable so far */
    synchronized void start(long documentsDone) {
        startNanos = System.nanoTime();
        documentsAtStart = documentsDone;
        jobThreads.start();
        processes.forEach((name, process) -> atStart.put(name, cpu(process)));
    }

    /**
     * Cores each process kept busy on average since {@link #start}, the job's split by part with its CPU per
     * document made searchable in the meantime, and the cores left idle.
     */
    synchronized String report(long documentsDone) {
        if (atStart.isEmpty()) {
            return "    not measured: the load ended within the warm-up\n";
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder out = new StringBuilder();
        double busy = 0;
        for (var entry : processes.entrySet()) {
            double used = (cpu(entry.getValue()).minus(atStart.get(entry.getKey())).toMillis() / 1000.0) / seconds;
            busy += used;
            out.append(String.format("    %-28s %5.2f cores%n", entry.getKey(), used));
            if (entry.getValue().equals(ProcessHandle.current())) {
                out.append(jobThreads.report(seconds, (documentsDone - documentsAtStart) / seconds));
            }
        }
        out.append(String.format("    %-28s %5.2f cores (of %d)%n", "other processes and idle", cores - busy, cores));
        return out.toString();
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static Optional<Long> pid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
