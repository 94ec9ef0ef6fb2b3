package org.yuqing.benchmarks;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.yuqing.jobs.analysis.TextAnalysis;

/**
 * The ratio {@link AnalysisBenchmark} measures, for machines shared with other work: JMH's two benchmarks run one
 * after the other in wall-clock time, so a change of load between them moves the ratio more than the code does.
 * Here each message goes through tokenizer-only and then the whole chain, and each is charged its thread's CPU
 * time, so both see the same load.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.yuqing.benchmarks.InterleavedRatio [rounds]}
 */
public final class InterleavedRatio {

    private InterleavedRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String[]> messages = AnalysisBenchmark.readMessages();
        TextAnalysis analysis = TextAnalysis.shared();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long blackhole = 0;
        for (int round = 1; round <= rounds; round++) {
            long tokenizer = 0;
            long chain = 0;
            for (String[] message : messages) {
                long t0 = threads.getCurrentThreadCpuTime();
                blackhole += StandardTokenizer.segment(HanLP.convertToSimplifiedChinese(message[0] + "\n" + message[1])).size();
                long t1 = threads.getCurrentThreadCpuTime();
                blackhole += analysis.analyze(message[0], message[1]).tokens().length();
                long t2 = threads.getCurrentThreadCpuTime();
                tokenizer += t1 - t0;
                chain += t2 - t1;
            }
            System.out.printf("round %d: tokenizer-only %.0f docs/s, whole chain %.0f docs/s (CPU time): %.0f%%%s%n",
                    round, messages.size() / (tokenizer / 1e9), messages.size() / (chain / 1e9), 100.0 * tokenizer / chain,
                    round <= rounds / 2 ? " (warm-up)" : "");
        }
        System.out.println(blackhole == 42 ? "" : "done");
    }
}
