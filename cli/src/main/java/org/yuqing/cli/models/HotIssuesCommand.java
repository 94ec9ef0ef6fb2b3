package org.yuqing.cli.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yuqing.jobs.hotissues.DuplicateIssues;
import org.yuqing.jobs.hotissues.HotIssue;
import org.yuqing.jobs.hotissues.TeddyHotIssueInputs;
import org.yuqing.jobs.teddy.TeddyMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./yuqing hot-issues --data DIR}: the hot issues of the Teddy Cup messages with likes, how many of the top
 * ones repeat a hotter one, and a sample of merged message pairs to read.
 */
@Command(name = "hot-issues", mixinStandardHelpOptions = true,
        description = "Group the Teddy Cup messages with likes (fj3_likes.dev.jsonl) into hot issues in one window and "
                + "print the top ones, those that repeat a hotter one, and a random sample of merged message pairs.")
public final class HotIssuesCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "folder holding fj3_likes.dev.jsonl (../shared/data/teddy2020c)")
    Path data;

    @Option(names = "--top", defaultValue = "20", description = "how many of the hottest issues (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--pairs", defaultValue = "50", description = "merged message pairs to sample (default: ${DEFAULT-VALUE})")
    int pairs;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the sample (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        Path file = data.resolve("fj3_likes.dev.jsonl");
        if (!Files.isRegularFile(file)) {
            System.err.println("no " + file + ": give --data the folder of the Teddy Cup data (teddy2020c)");
            return 2;
        }
        DuplicateIssues.Report report = DuplicateIssues.measure(TeddyHotIssueInputs.of(TeddyMessage.read(file)), top,
                pairs, seed);
        System.out.printf("%d messages, %d issues; the %d hottest:%n", report.messages(), report.issues(), report.top().size());
        int rank = 0;
        for (HotIssue issue : report.top()) {
            System.out.printf("%3d  %.2f  %s  [%s] %d messages, %d people%n", ++rank, issue.heat(), issue.title(),
                    issue.place(), issue.count(), issue.authors());
        }
        System.out.printf("%nrepeating a hotter one (titles share a rare run of characters): %d of %d (%.0f%%)%n",
                report.duplicates(), report.top().size(), 100.0 * report.duplicates() / Math.max(1, report.top().size()));
        report.flags().forEach(f -> System.out.printf("  %d repeats %d? (shared: %s)%n", f.colder(), f.hotter(), f.shared()));
        System.out.printf("%n%d merged pairs (two messages of one top issue), seed %d, to judge by reading:%n",
                report.merged().size(), seed);
        report.merged().forEach(p -> System.out.printf("  #%-3d %s  |  %s%n", p.rank(), p.first(), p.second()));
        return 0;
    }
}
