package org.yuqing.cli.pii;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yuqing.cli.YuqingHome;
import org.yuqing.jobs.text.PiiEvaluation;
import org.yuqing.jobs.text.PiiEvaluation.Miss;
import org.yuqing.jobs.text.PiiEvaluation.Report;
import org.yuqing.jobs.text.PiiEvaluation.Tally;
import org.yuqing.jobs.text.PiiLabelledSet;
import org.yuqing.jobs.text.PiiLabelledSet.Message;
import org.yuqing.jobs.text.PiiMasker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./yuqing pii-eval}: how well personal data is masked, on the labelled synthetic messages. */
@Command(name = "pii-eval", mixinStandardHelpOptions = true,
        description = {"Score the masking of personal data on labelled messages.",
                "Prints, per kind, the share of labelled personal spans fully masked (recall), the share of public "
                        + "phone numbers, addresses and reference numbers wrongly masked, and the masker's speed on "
                        + "one thread."})
public final class PiiEvalCommand implements Callable<Integer> {

    static final String DEFAULT_SET = "jobs/src/test/resources/pii/messages.jsonl";

    @Option(names = "--set", paramLabel = "FILE", description = "labelled messages as JSON lines (default: " + DEFAULT_SET + ")")
    Path set;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "20", description = "print up to N spans it got wrong")
    int shownMisses;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3", description = "how long to time the masker (0: skip)")
    int seconds;

    @Override
    public Integer call() throws Exception {
        Path file = set != null ? set : YuqingHome.root().resolve(DEFAULT_SET);
        if (!Files.isReadable(file)) {
            System.err.println("cannot read the labelled set " + file);
            return 2;
        }
        List<Message> messages;
        try (InputStream in = Files.newInputStream(file)) {
            messages = PiiLabelledSet.read(in);
        } catch (IOException e) {
            System.err.println("cannot use the labelled set " + file + ": " + e.getMessage());
            return 2;
        }
        PiiMasker masker = new PiiMasker();
        Report report = PiiEvaluation.evaluate(masker, messages);
        PrintStream out = System.out;
        out.printf("%d labelled messages from %s%n%n", messages.size(), file);
        out.println("personal data: share of labelled spans fully masked (recall)");
        print(out, report.personal());
        out.println("\nmust stay: share of spans left as they were");
        print(out, report.publicKinds());
        out.printf("%npublic spans wrongly masked: %.4f%n", report.publicWronglyMasked());
        List<Miss> misses = report.misses();
        if (!misses.isEmpty() && shownMisses > 0) {
            out.printf("%n%d spans wrong, the first %d:%n", misses.size(), Math.min(shownMisses, misses.size()));
            misses.stream().limit(shownMisses).forEach(m ->
                    out.printf("  %s %-16s %s  ->  …%s…%n", m.messageId(), m.kind(), m.labelled(), m.masked()));
        }
        if (seconds > 0) {
            time(out, masker, messages);
        }
        return 0;
    }

    private static void print(PrintStream out, Map<String, Tally> tallies) {
        tallies.forEach((kind, tally) -> out.printf("  %-16s %4d / %4d  %.4f%n", kind, tally.right(), tally.total(), tally.share()));
    }

    /** Whole passes over the set on one thread, after one second of warm-up for the JIT. */
    private void time(PrintStream out, PiiMasker masker, List<Message> messages) {
        long characters = 0;
        for (Message message : messages) {
            characters += message.text().length();
        }
        long warmUpEnd = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            maskAll(masker, messages);
        }
        long passes = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long sink = 0;
        while (System.nanoTime() < end) {
            sink += maskAll(masker, messages);
            passes++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        out.printf("%nspeed, one thread: %.0f messages/s, %.2f M characters/s (%d passes over %d messages of %d characters on average; %d)%n",
                passes * messages.size() / elapsed, passes * characters / elapsed / 1e6, passes, messages.size(),
                characters / messages.size(), sink % 10);
    }

    private static long maskAll(PiiMasker masker, List<Message> messages) {
        long total = 0;
        for (Message message : messages) {
            total += masker.mask(message.text()).length();
        }
        return total;
    }
}
