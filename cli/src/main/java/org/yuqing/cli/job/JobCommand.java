package org.yuqing.cli.job;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.yuqing.cli.cluster.ClusterLayout;
import org.yuqing.cli.cluster.FlinkSession;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.yuqing.core.config.PrometheusEndpoint;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.cli.YuqingHome;
import org.yuqing.jobs.analysis.AnalysisJob;
import org.yuqing.jobs.checkpoint.RetainedCheckpoints;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the analysis job on an embedded Flink MiniCluster, showing how many documents are searchable; or submits it
 * to a Flink session cluster (deploy/local/cluster.sh) and returns.
 */
@Command(name = "job", mixinStandardHelpOptions = true,
        description = "Run the analysis job (Kafka -> HanLP -> Elasticsearch) on an embedded Flink MiniCluster, "
                + "or submit it to a Flink session cluster with --cluster.")
public final class JobCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--until-caught-up", description = "stop once the records in Kafka at start are indexed")
    boolean untilCaughtUp;

    @Option(names = "--parallelism", defaultValue = "2", description = "Flink parallelism (default: ${DEFAULT-VALUE})")
    int parallelism;

    @Option(names = "--config", description = "YAML settings file (Kafka, Elasticsearch, alert thresholds)")
    Path config;

    @Option(names = "--checkpoints", description = "checkpoint directory (default: .yuqing/flink/checkpoints)")
    Path checkpoints;

    @Option(names = "--restore", description = "start from this checkpoint, or 'latest' for the newest one kept")
    String restore;

    @Option(names = "--metrics", defaultValue = "127.0.0.1:9249", paramLabel = "HOST:PORT|off",
            description = "serve Flink's metrics for Prometheus at http://HOST:PORT/metrics (default: ${DEFAULT-VALUE})")
    String metrics;

    @Option(names = "--cluster", description = "submit the job jar to the Flink session cluster at --jobmanager "
            + "(./yuqing cluster up) instead of running it here")
    boolean cluster;

    @Option(names = "--jobmanager", defaultValue = "127.0.0.1:18081", paramLabel = "HOST:PORT",
            description = "the JobManager's REST endpoint, with --cluster (default: ${DEFAULT-VALUE})")
    String jobManager;

    @Option(names = "--job-jar", description = "the shaded job jar, with --cluster (default: jobs/target/yuqing-jobs-job.jar)")
    Path jobJar;

    @Override
    public Integer call() throws Exception {
        if (cluster) {
            return submitToCluster();
        }
        Path checkpointDirectory = checkpoints != null ? checkpoints
                : YuqingHome.root().resolve(".yuqing/flink/checkpoints");
        AnalysisJobOptions options = AnalysisJobOptions.load(config, System.getenv())
                .untilCaughtUp(untilCaughtUp)
                .parallelism(parallelism)
                .checkpointsIn(checkpointDirectory.toUri().toString())
                .restoreFrom(restorePath(checkpointDirectory))
                .metricsOn(metricsEndpoint());
        run(options);
        return 0;
    }

    /** As {@code flink run -d}: the job runs on the cluster, its checkpoints where the cluster's configuration says. */
    private int submitToCluster() throws Exception {
        if (untilCaughtUp) {
            throw new ParameterException(spec.commandLine(), "--until-caught-up runs only on the embedded cluster");
        }
        Path jar = jobJar != null ? jobJar : ClusterLayout.jobJar();
        if (!Files.isRegularFile(jar)) {
            throw new ParameterException(spec.commandLine(), "no job jar at " + jar
                    + "; build it with: mvn -B -Pjob-jar package -Dmaven.test.skip=true -pl jobs -am");
        }
        Path checkpointDirectory = checkpoints != null ? checkpoints : ClusterLayout.checkpoints();
        List<String> arguments = new ArrayList<>();
        if (config != null) {
            arguments.add(config.toAbsolutePath().toString());
        }
        arguments.add("--parallelism");
        arguments.add(String.valueOf(parallelism));
        try (FlinkSession flink = new FlinkSession(URI.create("http://" + jobManager))) {
            JobID job = flink.submit(jar, arguments, restorePath(checkpointDirectory));
            System.out.printf("submitted job %s to http://%s (parallelism %d)%n", job, jobManager, parallelism);
        }
        return 0;
    }

    private PrometheusEndpoint metricsEndpoint() {
        try {
            return PrometheusEndpoint.parseUnlessOff(metrics);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--metrics: " + e.getMessage());
        }
    }

    private String restorePath(Path checkpointDirectory) {
        if (restore == null) {
            return null;
        }
        if (!restore.equals("latest")) {
            return restore;
        }
        Path latest = RetainedCheckpoints.latest(checkpointDirectory).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--restore latest: no checkpoint kept in " + checkpointDirectory));
        System.err.println("  flink  restoring from " + latest);
        return latest.toUri().toString();
    }

    /** Runs the job to its end (or for ever), printing the searchable count every two seconds. */
    public static void run(AnalysisJobOptions options) throws Exception {
        JobClient job = AnalysisJob.start(options, "yuqing-analysis");
        try (var es = ElasticsearchClients.transport(options.elasticsearch())) {
            DocumentCounts counts = new DocumentCounts(new ElasticsearchClient(es));
            CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
            while (true) {
                try {
                    result.get(2, TimeUnit.SECONDS);
                    return;
                } catch (TimeoutException stillRunning) {
                    System.err.printf("  flink  running, %d documents searchable%n", counts.total(null));
                }
            }
        }
    }
}
