package org.yuqing.cli.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobID;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The CPU a document costs on the local cluster, by part: the job (JobManager and TaskManagers), Kafka (three
 * brokers, each record written three times) and Elasticsearch (two nodes, primary and replica), at a fixed rate.
 * What the processes use while idle, measured first with the job running and nothing arriving, is taken off.
 */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "CPU per document of the job, Kafka and Elasticsearch on the local cluster at a fixed rate, "
                + "and the cores that implies at 3,000 and 30,000 documents a second.")
public final class CostCommand implements Callable<Integer> {

    @Option(names = "--rate", defaultValue = "200", description = "documents a second (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--seconds", defaultValue = "60", description = "how long to send (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--idle-seconds", defaultValue = "20", description = "idle measurement (default: ${DEFAULT-VALUE})")
    int idleSeconds;

    @Override
    public Integer call() throws Exception {
        KnownDocuments known = new KnownDocuments("cost-" + UUID.randomUUID().toString().substring(0, 6),
                rate * seconds);
        try (FlinkSession flink = new FlinkSession(URI.create("http://" + ClusterLayout.JOB_MANAGER));
             RestClientTransport transport = ElasticsearchClients.transport(URI.create(ClusterLayout.ELASTICSEARCH), null);
             IndexingWatch watch = new IndexingWatch(known, new ElasticsearchClient(transport))) {
            JobID job = JobAtWork.start(flink, known, watch, rate, Duration.ofMinutes(5));
            Map<String, Duration> idleStart = ProcessCpu.now();
            Thread.sleep(idleSeconds * 1000L);
            Map<String, Duration> idleEnd = ProcessCpu.now();

            long start = System.nanoTime();
            known.send(ClusterLayout.KAFKA, 1, known.size(), rate);
            boolean all = watch.awaitHeld(known.size(), Duration.ofMinutes(10));
            double elapsed = (System.nanoTime() - start) / 1e9;
            Map<String, Duration> loadEnd = ProcessCpu.now();
            flink.cancel(job);
            if (!all) {
                throw new IllegalStateException("only " + watch.held() + " of " + known.size() + " indexed");
            }

            int documents = known.size() - 1;
            System.out.printf("%d documents at %d/s, indexed in %.1f s; idle measured over %d s%n", documents, rate,
                    elapsed, idleSeconds);
            System.out.printf("%-16s %12s %12s %14s %14s%n", "part", "idle cores", "ms CPU/doc", "cores @3,000/s",
                    "cores @30,000/s");
            double total = 0;
            for (String part : ProcessCpu.GROUPS.keySet()) {
                double idleCores = seconds(idleEnd.get(part).minus(idleStart.get(part))) / idleSeconds;
                double busy = seconds(loadEnd.get(part).minus(idleEnd.get(part))) - idleCores * elapsed;
                double perDocument = busy * 1000 / documents;
                total += perDocument;
                System.out.printf("%-16s %12.2f %12.3f %14.1f %14.1f%n", part, idleCores, perDocument,
                        perDocument * 3, perDocument * 30);
            }
            System.out.printf("%-16s %12s %12.3f %14.1f %14.1f%n", "all", "", total, total * 3, total * 30);
        }
        return 0;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
