package org.yuqing.cli;

import org.yuqing.cli.alerts.AlertsCommand;
import org.yuqing.cli.alerts.RouterCommand;
import org.yuqing.cli.bench.BenchCommand;
import org.yuqing.cli.briefing.BriefingCommand;
import org.yuqing.cli.crawl.CrawlCommand;
import org.yuqing.cli.demo.DemoCommand;
import org.yuqing.cli.analyze.AnalyzeCommand;
import org.yuqing.cli.cluster.ClusterCommand;
import org.yuqing.cli.job.JobCommand;
import org.yuqing.cli.metrics.MetricsSnapshotCommand;
import org.yuqing.cli.models.EvalCommand;
import org.yuqing.cli.models.HotIssuesCommand;
import org.yuqing.cli.models.TrainCommand;
import org.yuqing.cli.pii.PiiEvalCommand;
import org.yuqing.cli.querybench.QueryBenchCommand;
import org.yuqing.cli.retention.RetentionCommand;
import org.yuqing.cli.services.ServicesCommand;
import org.yuqing.core.config.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./yuqing}: one launcher for every part of the system. */
@Command(name = "yuqing", mixinStandardHelpOptions = true, version = "yuqing 0.1.0",
        description = "Yuqing (舆情) watches what the public says about government policy, in Chinese, as a stream.",
        subcommands = {DemoCommand.class, ServicesCommand.class, CrawlCommand.class, JobCommand.class,
                AnalyzeCommand.class, TrainCommand.class, EvalCommand.class, PiiEvalCommand.class, BenchCommand.class,
                RouterCommand.class, AlertsCommand.class, BriefingCommand.class, RetentionCommand.class,
                QueryBenchCommand.class, MetricsSnapshotCommand.class, HotIssuesCommand.class,
                ClusterCommand.class})
public final class Yuqing implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Yuqing());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigurationException) {
                cmd.getErr().println("configuration error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(commandLine.execute(args));
    }
}
