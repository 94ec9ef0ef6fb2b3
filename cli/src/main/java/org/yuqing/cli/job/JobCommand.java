package org.yuqing.cli.job;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.jobs.analysis.AnalysisJob;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the analysis job on an embedded Flink MiniCluster, showing how many documents are searchable. */
@Command(name = "job", mixinStandardHelpOptions = true,
        description = "Run the analysis job (Kafka -> HanLP -> Elasticsearch) on an embedded Flink MiniCluster.")
public final class JobCommand implements Callable<Integer> {

    @Option(names = "--until-caught-up", description = "stop once the records in Kafka at start are indexed")
    boolean untilCaughtUp;

    @Option(names = "--parallelism", defaultValue = "2", description = "Flink parallelism (default: ${DEFAULT-VALUE})")
    int parallelism;

    @Option(names = "--config", description = "YAML settings file (Kafka, Elasticsearch)")
    Path config;

    @Override
    public Integer call() throws Exception {
        AnalysisJobOptions options = AnalysisJobOptions.from(SettingsLoader.load(config, System.getenv()))
                .untilCaughtUp(untilCaughtUp)
                .parallelism(parallelism);
        run(options);
        return 0;
    }

    /** Runs the job to its end (or for ever), printing the searchable count every two seconds. */
    public static void run(AnalysisJobOptions options) throws Exception {
        AnalysisJob.prepare(options);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        AnalysisJob.build(env, options);
        JobClient job = env.executeAsync("yuqing-analysis");
        try (var es = ElasticsearchClients.transport(options.elasticsearchUrl(), options.elasticsearchApiKey())) {
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
