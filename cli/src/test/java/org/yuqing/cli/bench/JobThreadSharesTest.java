package org.yuqing.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobThreadSharesTest {

    @Test
    void aThreadsCpuIsCountedForThePartOfThePipelineItsNameSays() throws Exception {
        JobThreadShares shares = new JobThreadShares();
        shares.start();
        Thread policyWatch = new Thread(JobThreadSharesTest::keepBusyForAWhile, "policy watch (1/2)#0");
        policyWatch.start();
        String report;
        try {
            // read while the thread still lives: an ended thread's time falls to the remainder; the figure is
            // given to two places, so wait until the thread has used 50 ms by its own clock, not the report's,
            // so that a thread counted in the wrong part fails the test instead of hanging it
            while (ManagementFactory.getThreadMXBean().getThreadCpuTime(policyWatch.getId()) < 50_000_000L) {
                Thread.sleep(20);
            }
            report = shares.report(1, 0);
        } finally {
            policyWatch.interrupt();
            policyWatch.join();
        }

        assertThat(busy(report, "policy watch")).hasValueSatisfying(cores -> assertThat(cores).isGreaterThanOrEqualTo(0.05));
        assertThat(busy(report, "hot issues")).hasValue(0.0);
        assertThat(report).contains("analysis (Kafka source, parse, analyse, route)", "Elasticsearch sinks and client",
                "JIT compilers, GC and ended threads");
    }

    private static void keepBusyForAWhile() {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
    }

    private static Optional<Double> busy(String report, String part) {
        return Arrays.stream(report.split("\n"))
                .filter(line -> line.strip().startsWith(part))
                .map(line -> line.substring(0, line.indexOf(" cores")).strip())
                .map(figures -> Double.parseDouble(figures.substring(figures.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
