package org.yuqing.cli.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobID;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The fault tests on the local cluster: for each fault, the job is submitted, a known set of documents is sent at a
 * steady rate, the fault strikes once a quarter of them is indexed, and afterwards Elasticsearch must hold exactly
 * that set. Too long for CI (about three minutes a fault on two cores), so a command of its own.
 */
@Command(name = "faults", mixinStandardHelpOptions = true,
        description = "Fault tests on the local cluster (./yuqing cluster up first): kill -9 of a TaskManager, of the "
                + "JobManager, of a Kafka broker and of an Elasticsearch node, and a stop with a savepoint restarted "
                + "at parallelism 4; each prints documents sent, indexed, doubled, lost and the time to recover.")
public final class FaultsCommand implements Callable<Integer> {

    private static final Duration CATCH_UP = Duration.ofMinutes(6);

    @Option(names = "--documents", defaultValue = "3000", description = "documents per fault (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--rate", defaultValue = "100", description = "documents a second (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--only", description = "run only the faults whose name contains this")
    String only;

    @Override
    public Integer call() throws Exception {
        Path jar = ClusterLayout.jobJar();
        List<FaultReport> reports = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        try (FlinkSession flink = new FlinkSession(URI.create("http://" + ClusterLayout.JOB_MANAGER));
             RestClientTransport transport = ElasticsearchClients.transport(URI.create(ClusterLayout.ELASTICSEARCH), null)) {
            ElasticsearchClient elasticsearch = new ElasticsearchClient(transport);
            Fault.Cluster cluster = new Fault.Cluster(new ClusterNodes(), flink, jar);
            for (Fault fault : Faults.all()) {
                if (only != null && !fault.name().contains(only)) {
                    continue;
                }
                System.out.println("== " + fault.name());
                String source = "faults-" + run + "-" + fault.name().replaceAll("[^a-z0-9]+", "-");
                reports.add(run(fault, cluster, new KnownDocuments(source, documents), elasticsearch));
                System.out.println(FaultReport.header());
                System.out.println(reports.get(reports.size() - 1).line());
                // Every node back for the next fault (a no-op for those running).
                new ProcessBuilder(ClusterLayout.script().toString(), "up").inheritIO().start().waitFor();
            }
        }
        System.out.println();
        System.out.println(FaultReport.header());
        reports.forEach(report -> System.out.println(report.line()));
        return reports.stream().allMatch(FaultReport::exact) ? 0 : 1;
    }

    private FaultReport run(Fault fault, Fault.Cluster cluster, KnownDocuments known, ElasticsearchClient elasticsearch)
            throws Exception {
        try (IndexingWatch watch = new IndexingWatch(known, elasticsearch)) {
            JobID job = JobAtWork.start(cluster.flink(), known, watch, rate, CATCH_UP);
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    known.send(ClusterLayout.KAFKA, 1, known.size(), rate);
                } catch (Exception e) {
                    throw new IllegalStateException("sending the documents failed", e);
                }
            });
            if (!watch.awaitHeld(known.size() / 4, CATCH_UP)) {
                throw new IllegalStateException("the job indexed " + watch.held() + " of " + known.size()
                        + " documents before any fault; see " + ClusterLayout.directory() + "/flink/logs");
            }
            System.out.printf("  %d of %d indexed: %s%n", watch.held(), known.size(), fault.name());
            watch.faultNow();
            job = fault.injection().inject(cluster, job);
            sending.join();
            System.out.println("  all sent; waiting for every document to be searchable");
            watch.awaitHeld(known.size(), CATCH_UP);
            FaultReport report = known.check(elasticsearch, fault.name(), watch.recovery(), watch.caughtUp());
            cluster.flink().cancel(job);
            return report;
        }
    }
}
