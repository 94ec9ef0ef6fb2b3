package org.yuqing.cli.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.util.FileUtils;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.yuqing.cli.YuqingHome;
import org.yuqing.cli.services.ServicesCommand;
import org.yuqing.core.config.KafkaConnection;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.analysis.AnalysisJob;
import org.yuqing.jobs.analysis.AnalysisJobOptions;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.training.Corpora;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The sustained-load benchmark: real messages replayed into Kafka at a fixed rate, through the analysis job on an
 * embedded Flink, into Elasticsearch, with every service on this machine. Prints the throughput the pipeline kept
 * up with and the latency from Kafka's append to the first search that finds the document. Not a test: it
 * measures, and says what it measured.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Replay real messages at a fixed rate through Kafka, Flink and Elasticsearch; print throughput and latency.")
public final class BenchCommand implements Callable<Integer> {

    /** The benchmark's own threads (producer, latency watch, CPU readings), told apart from the job's by name. */
    static final String THREAD_NAME = "bench-load";

    private static final Path CHECKPOINTS = YuqingHome.root().resolve(".yuqing/flink/bench-checkpoints");

    @Option(names = "--data", description = "a folder laid out like ../shared/data (default: ../shared/data)")
    Path data;

    @Option(names = "--rate", defaultValue = "3000", description = "documents per second (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--duration", defaultValue = "180", description = "seconds of load (default: ${DEFAULT-VALUE})")
    int durationSeconds;

    @Option(names = "--warmup", defaultValue = "20", description = "seconds left out of the latency figures (default: ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--hot-issues", description = "also mine hot issues (their window state grows with the rate; off by default)")
    boolean hotIssues;

    @Option(names = "--without-policy-watch", description = "leave the policy watch out, to see what it costs")
    boolean withoutPolicyWatch;

    @Option(names = "--alert-latency", description = "also measure, under the load, the time from the comment that "
            + "makes a misreading cross the alert threshold to the alert's arrival at the drafter's webhook")
    boolean alertLatency;

    @Option(names = "--sample-every", defaultValue = "50", description = "watch one document in N for latency (default: ${DEFAULT-VALUE})")
    int sampleEvery;

    @Override
    public Integer call() throws Exception {
        if (alertLatency && withoutPolicyWatch) {
            System.err.println("--alert-latency needs the policy watch: leave out --without-policy-watch");
            return 2;
        }
        if (ServicesCommand.run("up", null) != 0) {
            return 1;
        }
        Settings settings = SettingsLoader.load(null, System.getenv());
        // Only the text is replayed, under fresh ids: so the figures compare with earlier runs, which sent no subject.
        List<String> texts = Corpora.messages(data != null ? data : YuqingHome.root().resolve("../shared/data").normalize(),
                Corpora.PUBLIC_OPINION).stream().map(Corpora.Message::text).toList();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "bench-" + run;
        String rawTopic = "bench.raw." + run;
        createTopic(settings.kafka(), rawTopic);
        AnalysisJobOptions options = AnalysisJobOptions.from(settings)
                .topics(rawTopic, "bench.dlq." + run, "bench-" + run)
                .alertsTo("bench.alerts." + run)
                .checkpointEvery(10_000)
                .checkpointsIn(CHECKPOINTS.toUri().toString())
                .withHotIssues(hotIssues)
                .withPolicyWatch(!withoutPolicyWatch);
        System.err.printf("bench: %d messages in the corpus, %d docs/s for %d s into %s, hot issues %s, policy watch %s%n",
                texts.size(), rate, durationSeconds, rawTopic, hotIssues ? "on" : "off",
                withoutPolicyWatch ? "off" : "on");

        JobClient job = AnalysisJob.start(options, "yuqing-analysis-bench");

        LatencyRecorder latency = new LatencyRecorder();
        AtomicLong produced = new AtomicLong();
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, task -> new Thread(task, THREAD_NAME));
        try (var transport = ElasticsearchClients.transport(settings.elasticsearch());
             KafkaProducer<String, String> producer = producer(settings.kafka())) {
            ElasticsearchClient elasticsearch = new ElasticsearchClient(transport);
            Thread.sleep(5000);
            CpuShares cpu = new CpuShares(Map.of(
                    "Elasticsearch", YuqingHome.root().resolve(".yuqing/elasticsearch/es.pid"),
                    "Kafka", YuqingHome.root().resolve(".yuqing/kafka/kafka.pid")));
            long start = System.currentTimeMillis();
            long warmupEnds = start + warmupSeconds * 1000L;
            // every 10 ms, what brings the total to the rate so far: 30 docs/s is a document every third tick
            AtomicLong ticks = new AtomicLong();
            var producing = timers.scheduleAtFixedRate(() -> {
                long due = (ticks.incrementAndGet() * rate) / 100;
                while (produced.get() < due) {
                    long n = produced.getAndIncrement();
                    RawDocument document = document(source, n, texts.get((int) (n % texts.size())));
                    boolean sampled = n % sampleEvery == 0;
                    producer.send(new ProducerRecord<>(rawTopic, document.id(), Json.write(document)), (metadata, e) -> {
                        if (sampled && e == null && metadata.timestamp() >= warmupEnds) {
                            latency.appended(document.id(), metadata.timestamp());
                        }
                    });
                }
            }, 0, 10, TimeUnit.MILLISECONDS);
            timers.scheduleWithFixedDelay(() -> watch(elasticsearch, latency), 250, 250, TimeUnit.MILLISECONDS);
            timers.schedule(() -> cpu.start(countOrZero(elasticsearch, source)), warmupSeconds, TimeUnit.SECONDS);

            CompletableFuture<String> alertFigure = alertLatency
                    ? CompletableFuture.supplyAsync(() -> probeAlerts(settings, run, rawTopic, elasticsearch, producer, warmupEnds))
                    : CompletableFuture.completedFuture(null);
            List<long[]> timeline = new ArrayList<>();
            long end = start + durationSeconds * 1000L;
            while (System.currentTimeMillis() < end) {
                Thread.sleep(5000);
                long indexed = count(elasticsearch, source);
                timeline.add(new long[] {(System.currentTimeMillis() - start) / 1000, produced.get(), indexed});
                System.err.printf("  %4d s  produced %8d  searchable %8d  behind %7d  p99 so far %5d ms%n",
                        timeline.get(timeline.size() - 1)[0], produced.get(), indexed, produced.get() - indexed,
                        latency.percentile(99));
            }
            producing.cancel(false);
            String cpuShares = cpu.report(countOrZero(elasticsearch, source));
            producer.flush();
            long loadSeconds = (System.currentTimeMillis() - start) / 1000;
            long atEndOfLoad = count(elasticsearch, source);
            long drainStart = System.currentTimeMillis();
            long indexed = atEndOfLoad;
            while (indexed < produced.get() && System.currentTimeMillis() - drainStart < 120_000) {
                Thread.sleep(1000);
                indexed = count(elasticsearch, source);
            }
            long drainSeconds = (System.currentTimeMillis() - drainStart) / 1000;
            Thread.sleep(2000);
            report(loadSeconds, produced.get(), atEndOfLoad, indexed, drainSeconds, latency, timeline);
            System.out.printf("  where the CPU went after the warm-up, until the load stopped:%n%s", cpuShares);
            if (alertLatency) {
                System.out.println("  alert latency, threshold-crossing comment appended to alert at the webhook: "
                        + alertFigure.get());
            }
        } finally {
            timers.shutdownNow();
            cancelAndAwaitEnd(job);
            // a benchmark's checkpoints are never restored; kept, they add up to gigabytes over a few runs
            FileUtils.deleteDirectory(CHECKPOINTS.resolve(job.getJobID().toString()).toFile());
        }
        return 0;
    }

    /**
     * Cancels the job and waits until its tasks have stopped. The cancel call returns once the request is taken,
     * while the tasks still close their RocksDB state; a JVM that exits then can hang for good in RocksDB's native
     * exit handlers (seen twice: the process idle, deaf to jstack, its VM thread joining a RocksDB thread).
     */
    private static void cancelAndAwaitEnd(JobClient job) throws Exception {
        job.cancel().get();
        try {
            job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException cancelled) {
            // the expected end of a cancelled job
        } catch (TimeoutException e) {
            System.err.println("bench: the job had not stopped 60 s after it was cancelled");
        }
    }

    /** Runs the alert probe once the warm-up is over; its figure, or why there is none. */
    private String probeAlerts(Settings settings, String run, String rawTopic, ElasticsearchClient elasticsearch,
                               KafkaProducer<String, String> producer, long warmupEnds) {
        try (AlertLatencyProbe probe = new AlertLatencyProbe(run, settings.kafkaBootstrapServers(), "bench.alerts." + run,
                elasticsearch, YuqingHome.root().resolve(".yuqing"))) {
            Thread.sleep(Math.max(0, warmupEnds - System.currentTimeMillis()));
            AlertLatencyProbe.Latency latency = probe.measure(producer, rawTopic, 300);
            System.err.println("  alert delivered: " + latency);
            return latency.toString();
        } catch (Exception e) {
            return "none (" + e + ")";
        }
    }

    private void report(long loadSeconds, long produced, long atEndOfLoad, long indexed, long drainSeconds,
                        LatencyRecorder latency, List<long[]> timeline) {
        System.out.printf("%nbench: %d s of load at a target of %d docs/s on %d cores%n", loadSeconds, rate,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  produced              %10d  (%.0f docs/s)%n", produced, produced / (double) loadSeconds);
        System.out.printf("  searchable at the end %10d  (%.0f docs/s sustained during the load)%n", atEndOfLoad,
                atEndOfLoad / (double) loadSeconds);
        System.out.printf("  searchable in all     %10d  (%d s to drain the backlog)%n", indexed, drainSeconds);
        System.out.printf("  latency, Kafka append to searchable (%d samples after %d s of warm-up):%n",
                latency.samples(), warmupSeconds);
        System.out.printf("    p50 %6d ms   p90 %6d ms   p99 %6d ms   max %6d ms   never found %d%n",
                latency.percentile(50), latency.percentile(90), latency.percentile(99), latency.percentile(100),
                latency.pendingCount());
        System.out.println("  backlog over time (documents produced but not yet searchable):");
        long worst = Math.max(1, timeline.stream().mapToLong(t -> t[1] - t[2]).max().orElse(1));
        for (long[] point : timeline) {
            long behind = Math.max(0, point[1] - point[2]);
            System.out.printf("    %4d s %8d %s%n", point[0], behind, "#".repeat((int) (40 * behind / worst)));
        }
    }

    private static void watch(ElasticsearchClient elasticsearch, LatencyRecorder latency) {
        List<String> pending = latency.pending(500);
        if (pending.isEmpty()) {
            return;
        }
        try {
            SearchResponse<Void> found = elasticsearch.search(s -> s.index(IndexNames.DOCUMENTS_ALIAS)
                    .size(pending.size()).source(src -> src.fetch(false))
                    .query(q -> q.ids(i -> i.values(pending))), Void.class);
            long now = System.currentTimeMillis();
            for (Hit<Void> hit : found.hits().hits()) {
                latency.found(hit.id(), now);
            }
        } catch (Exception e) {
            System.err.println("  bench: search failed: " + e.getMessage());
        }
    }

    /** For the CPU figures, where a failed count must not end the run: the per-document figure then reads 0. */
    private static long countOrZero(ElasticsearchClient elasticsearch, String source) {
        try {
            return count(elasticsearch, source);
        } catch (Exception e) {
            System.err.println("bench: could not count the searchable documents: " + e);
            return 0;
        }
    }

    private static long count(ElasticsearchClient elasticsearch, String source) throws Exception {
        return elasticsearch.count(c -> c.index(IndexNames.DOCUMENTS_ALIAS)
                .query(q -> q.term(t -> t.field("source").value(source)))).count();
    }

    private static RawDocument document(String source, long n, String text) {
        String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        return RawDocument.builder(source + "-" + n, n % 3 == 0 ? DocumentKind.MESSAGE : DocumentKind.COMMENT)
                .source(source)
                .url("http://127.0.0.1/bench/" + source + "/" + n)
                .text(text)
                .publishedAt(now)
                .fetchedAt(now)
                .build();
    }

    /** Append time, not the producer's clock, is what the latency starts from. */
    private static void createTopic(KafkaConnection kafka, String topic) throws Exception {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1)
                    .configs(Map.of("message.timestamp.type", "LogAppendTime")))).all().get();
        }
    }

    private static KafkaProducer<String, String> producer(KafkaConnection kafka) {
        Properties props = kafka.producerProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(props);
    }
}
