package org.yuqing.cli.retention;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./yuqing retention}: drops the monthly document indices older than the period kept. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = {"Drop monthly document indices older than --keep-months (never the current month or the undated index).",
                "Elasticsearch here has no ILM, so this is how old documents leave; run it daily, e.g. from cron."})
public final class RetentionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--keep-months", required = true, description = "months to keep, counting the current one (at least 1)")
    int keepMonths;

    @Option(names = "--dry-run", description = "print what would be dropped and drop nothing")
    boolean dryRun;

    @Option(names = "--config", description = "YAML settings file (Kafka, Elasticsearch)")
    Path config;

    @Option(names = "--index-prefix", defaultValue = "yuqing-docs-", hidden = true,
            description = "the monthly indices' name before YYYY.MM (default: ${DEFAULT-VALUE})")
    String indexPrefix;

    @Override
    public Integer call() throws Exception {
        Settings settings = SettingsLoader.load(config, System.getenv());
        try (var transport = ElasticsearchClients.transport(settings.elasticsearch())) {
            MonthlyIndices indices = new MonthlyIndices(new ElasticsearchClient(transport), indexPrefix);
            List<MonthlyIndices.MonthlyIndex> expired = indices.expired(keepMonths, Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            String verb = dryRun ? "would drop" : "dropping";
            for (MonthlyIndices.MonthlyIndex index : expired) {
                out.printf("%s %s (%d documents)%n", verb, index.name(), index.documents());
            }
            if (!dryRun) {
                indices.drop(expired);
            }
            out.printf("%s %d index(es) older than the last %d month(s) behind %s%n",
                    dryRun ? "would drop" : "dropped", expired.size(), keepMonths,
                    indexPrefix.equals(IndexNames.DOCUMENTS_ALIAS + "-") ? IndexNames.DOCUMENTS_ALIAS : indexPrefix + "*");
            out.flush();
            return 0;
        }
    }
}
