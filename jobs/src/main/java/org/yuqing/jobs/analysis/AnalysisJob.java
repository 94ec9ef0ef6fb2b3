package org.yuqing.jobs.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.yuqing.core.alert.Alert;
import org.yuqing.jobs.alerts.AlertSerializer;
import org.yuqing.jobs.alerts.AlertStream;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.jobs.pagefetch.PageFetchIndexing;
import org.yuqing.jobs.hotissues.HotIssueIndexing;
import org.yuqing.jobs.hotissues.HotIssueSettings;
import org.yuqing.jobs.hotissues.HotIssueStream;
import org.yuqing.jobs.hotissues.ToHotIssueInput;
import org.yuqing.jobs.misreading.PolicyWatchOperator;
import org.yuqing.jobs.regions.AdministrativeLevel;
import org.yuqing.jobs.policy.PoliciesToElasticsearch;
import org.yuqing.jobs.policy.PolicyRecord;
import org.yuqing.jobs.policy.PolicyWithInterpretations;
import org.yuqing.jobs.replies.MessagesWithReplies;
import org.yuqing.core.document.RawDocument;
import org.yuqing.jobs.deadletter.DeadLetterSerializer;
import org.yuqing.jobs.deadletter.DeadLetters;
import org.yuqing.jobs.elasticsearch.DocumentIndexing;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import org.yuqing.jobs.elasticsearch.ElasticsearchSink;
import org.yuqing.jobs.elasticsearch.ElasticsearchSinkOptions;
import org.yuqing.jobs.elasticsearch.IndexTemplates;
import org.yuqing.jobs.eventtime.EventTime;
import org.yuqing.jobs.eventtime.PerRecordWatermarks;
import org.yuqing.jobs.ingest.KafkaMessage;
import org.yuqing.jobs.kafka.TopicEnd;
import org.yuqing.jobs.kafka.Topics;
import org.yuqing.jobs.metrics.BoundPrometheusReporterFactory;
import org.yuqing.jobs.ingest.KafkaMessageDeserializer;
import org.yuqing.jobs.ingest.UnparsableToDeadLetters;

/**
 * The analysis job: raw documents from Kafka, analysed, indexed into Elasticsearch; whatever cannot be parsed
 * or indexed goes to the dead-letter topic with the reason. Offsets are committed with checkpoints and every
 * write is keyed by the document id, so a restart neither loses nor duplicates a document. A run until caught up
 * reads to the end the topic had when it started and then leaves its consumer group there ({@link TopicEnd}), so
 * that the next run reads only what came since.
 *
 * <p>Runs on an embedded MiniCluster from {@code ./yuqing job}, or as this jar on a Flink cluster
 * ({@code flink run -c org.yuqing.jobs.analysis.AnalysisJob}).
 */
public final class AnalysisJob {

    /**
     * A Kafka partition that delivers nothing for this long (more readers than partitions, a quiet topic) stops
     * holding the watermark back.
     */
    private static final Duration IDLE_PARTITION = Duration.ofMinutes(1);
    /** Documents the analysis step runs through the chain together (the transformer's micro-batch). */
    private static final int ANALYSIS_BATCH = 32;
    /**
     * The longest a document waits for others to fill a batch: well under the 3 s from Kafka to searchable, and
     * under load batches fill long before.
     */
    private static final long ANALYSIS_WAIT_MILLIS = 100;

    private AnalysisJob() {
    }

    /**
     * What a Flink cluster runs ({@code flink run}, or {@code ./yuqing job --cluster}): {@code [SETTINGS.yml]
     * [--parallelism N]}; the services come from the settings file and the environment of whoever submits it.
     * Checkpoints go where the cluster's configuration says.
     */
    public static void main(String[] args) throws Exception {
        Path config = null;
        Integer parallelism = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--parallelism") && i + 1 < args.length) {
                parallelism = Integer.valueOf(args[++i]);
            } else if (config == null && !args[i].startsWith("--")) {
                config = Path.of(args[i]);
            } else {
                throw new IllegalArgumentException("usage: AnalysisJob [SETTINGS.yml] [--parallelism N], not " + args[i]);
            }
        }
        AnalysisJobOptions options = AnalysisJobOptions.load(config, System.getenv());
        run(parallelism == null ? options : options.parallelism(parallelism));
    }

    public static JobExecutionResult run(AnalysisJobOptions options) throws Exception {
        prepare(options);
        TopicEnd end = endOfRun(options);
        StreamExecutionEnvironment env = environment(options);
        build(env, options, end);
        JobExecutionResult result = env.execute("yuqing-analysis");
        if (end != null) {
            end.commit();
        }
        return result;
    }

    /**
     * Starts the job without waiting for it, for callers that watch it (progress, benchmarks, fault tests). A run
     * until caught up has its result once its consumer group is left where it stopped, as with {@link #run}.
     */
    public static JobClient start(AnalysisJobOptions options, String name) throws Exception {
        prepare(options);
        TopicEnd end = endOfRun(options);
        StreamExecutionEnvironment env = environment(options);
        build(env, options, end);
        JobClient job = env.executeAsync(name);
        return end == null ? job : new CaughtUpJobClient(job, end);
    }

    /** Where a run until caught up stops, taken before it starts; null for a run that streams on. */
    private static TopicEnd endOfRun(AnalysisJobOptions options) throws Exception {
        return options.untilCaughtUp()
                ? TopicEnd.now(options.kafka(), options.rawTopic(), options.consumerGroup())
                : null;
    }

    /** What must exist before the job starts: its topics and the index templates. */
    public static void prepare(AnalysisJobOptions options) throws Exception {
        Topics.ensure(options.kafka(), 2, options.rawTopic(), options.deadLetterTopic(), options.alertTopic());
        installIndexTemplates(options);
    }

    private static void installIndexTemplates(AnalysisJobOptions options) throws Exception {
        ElasticsearchClient client = ElasticsearchClients.blocking(options.elasticsearch());
        try {
            IndexTemplates.install(client);
        } finally {
            client._transport().close();
        }
    }

    /**
     * An environment with the job's checkpoint storage and the checkpoint to restore: embedded when run from
     * {@code ./yuqing}, the cluster's when submitted to one.
     */
    public static StreamExecutionEnvironment environment(AnalysisJobOptions options) {
        Configuration configuration = new Configuration();
        // Keyed state lives on local disk and a checkpoint writes only what changed since the last one: the heap
        // backend wrote every waiting message and every hot-issue window out whole every 10 s.
        configuration.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        configuration.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
        if (options.checkpointDirectory() != null) {
            configuration.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, options.checkpointDirectory());
            configuration.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        }
        if (options.restoreFrom() != null) {
            configuration.set(StateRecoveryOptions.SAVEPOINT_PATH, options.restoreFrom());
        }
        if (options.metrics() != null) {
            // Only the embedded MiniCluster reads this; a cluster reports as its own configuration says.
            Configuration reporter = MetricOptions.forReporter(configuration, "prometheus");
            reporter.set(MetricOptions.REPORTER_FACTORY_CLASS, BoundPrometheusReporterFactory.class.getName());
            reporter.setString(BoundPrometheusReporterFactory.HOST, options.metrics().host());
            reporter.setString(BoundPrometheusReporterFactory.PORT, String.valueOf(options.metrics().port()));
        }
        return StreamExecutionEnvironment.getExecutionEnvironment(configuration);
    }

    /** The job's graph; {@code end} is where a run until caught up stops reading, null for one that streams on. */
    public static void build(StreamExecutionEnvironment env, AnalysisJobOptions options, TopicEnd end) {
        env.setParallelism(options.parallelism());
        env.enableCheckpointing(options.checkpointIntervalMillis(), CheckpointingMode.EXACTLY_ONCE);
        // One slow or failed checkpoint is no reason to restart the job; three in a row are.
        env.getCheckpointConfig().setTolerableCheckpointFailureNumber(3);
        // Records are immutable, so chained operators may hand them over without a defensive copy.
        env.getConfig().enableObjectReuse();

        SingleOutputStreamOperator<RawDocument> documents = env
                .fromSource(rawDocuments(options, end), eventTime(options), "kafka: " + options.rawTopic())
                .uid("raw-source")
                .process(new UnparsableToDeadLetters(DeadLetters.TAG))
                .uid("parse")
                .name("parse raw documents");

        documents.getSideOutput(DeadLetters.TAG)
                .sinkTo(deadLetterSink(options))
                .uid("dead-letters")
                .name("kafka: " + options.deadLetterTopic());

        BroadcastStream<PolicyRecord> policies = documents
                .filter(PolicyRecord::describesAPolicy)
                .uid("policies")
                .name("policies")
                .map(PolicyRecord::of)
                .uid("policy-records")
                .name("policy records")
                .broadcast(PolicyWatchOperator.REGISTRY);

        SingleOutputStreamOperator<EncodedDocument> encoded = documents
                .transform("analyze", TypeInformation.of(EncodedDocument.class),
                        new AnalyzeInBatches(ANALYSIS_BATCH, ANALYSIS_WAIT_MILLIS))
                .uid("analyze");
        SingleOutputStreamOperator<AnalyzedDocument> analyzed;
        if (options.policyWatch()) {
            analyzed = encoded
                    .connect(policies)
                    .process(new PolicyWatchOperator(options.elasticsearch()))
                    .uid("policy-watch")
                    .name("policy watch")
                    .returns(AnalyzedDocument.class);
            AlertStream.of(analyzed, policies, options.alerts(), options.elasticsearch())
                    .sinkTo(alertSink(options))
                    .uid("alerts")
                    .name("kafka: " + options.alertTopic());
        } else {
            analyzed = encoded
                    .map(EncodedDocument::document)
                    .uid("without-vectors")
                    .name("analysed documents")
                    .returns(AnalyzedDocument.class);
        }

        withReplies(analyzed)
                .sinkTo(new ElasticsearchSink<>(new DocumentIndexing(), sinkOptions(options)))
                .uid("elasticsearch")
                .name("elasticsearch: documents");

        indexPoliciesAndCrawlState(documents, options);

        if (!options.hotIssues()) {
            return;
        }
        HotIssueStream.of(analyzed
                        .flatMap(new ToHotIssueInput(AdministrativeLevel.CITY))
                        .uid("hot-issue-input")
                        .name("hot-issue input"), HotIssueSettings.DEFAULTS)
                .uid("hot-issues")
                .sinkTo(new ElasticsearchSink<>(new HotIssueIndexing(), sinkOptions(options)))
                .uid("elasticsearch-hot-issues")
                .name("elasticsearch: hot issues");
    }

    /** Messages leave with their official reply once both have passed; everything else goes straight on. */
    private static DataStream<AnalyzedDocument> withReplies(DataStream<AnalyzedDocument> analyzed) {
        DataStream<AnalyzedDocument> threads = analyzed
                .filter(MessagesWithReplies::isMessageOrReply)
                .uid("messages-and-replies")
                .name("messages and replies")
                .keyBy(MessagesWithReplies.byMessage())
                .process(new MessagesWithReplies())
                .uid("reply-assessment")
                .name("reply assessment")
                .returns(AnalyzedDocument.class);
        return analyzed
                .filter(document -> !MessagesWithReplies.isMessageOrReply(document))
                .uid("not-messages-or-replies")
                .name("other documents")
                .union(threads);
    }

    /** The registered policies with their clauses and interpretations, and what the crawler last saw at each URL. */
    private static void indexPoliciesAndCrawlState(DataStream<RawDocument> documents, AnalysisJobOptions options) {
        documents
                .filter(PolicyWithInterpretations::concernsAPolicy)
                .uid("policies-and-interpretations")
                .name("policies and interpretations")
                .keyBy(PolicyWithInterpretations.byPolicy())
                .process(new PolicyWithInterpretations())
                .uid("policy-documents")
                .name("policy documents")
                .sinkTo(new ElasticsearchSink<>(new PoliciesToElasticsearch(), sinkOptions(options)))
                .uid("elasticsearch-policies")
                .name("elasticsearch: policies");
        documents
                .filter(PageFetchIndexing::wasCrawled)
                .uid("crawled")
                .name("crawled documents")
                .sinkTo(new ElasticsearchSink<>(new PageFetchIndexing(), sinkOptions(options)))
                // the uid predates the index's name and stays, so that savepoints still restore the sink's buffer
                .uid("elasticsearch-crawl-state")
                .name("elasticsearch: page fetches");
    }

    private static ElasticsearchSinkOptions sinkOptions(AnalysisJobOptions options) {
        return ElasticsearchSinkOptions.of(options.elasticsearch(), options.kafka(), options.deadLetterTopic());
    }

    private static Source<KafkaMessage, ?, ?> rawDocuments(AnalysisJobOptions options, TopicEnd end) {
        var builder = KafkaSource.<KafkaMessage>builder()
                .setProperties(options.kafka().clientProperties())
                .setBootstrapServers(options.kafkaBootstrapServers())
                .setTopics(options.rawTopic())
                .setGroupId(options.consumerGroup())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new KafkaMessageDeserializer())
                .setProperty("isolation.level", "read_committed");
        if (end != null) {
            return end.stopAt(builder.setBounded(end.stoppingOffsets()).build());
        }
        return builder.setProperty("partition.discovery.interval.ms", "60000").build();
    }

    /**
     * Event time is taken in the source, for each Kafka partition apart: a partition far ahead in time (a fresh
     * crawl of new pages) does not move the watermark past the older comments another partition is still
     * delivering, as a watermark taken after the partitions were merged did. A record without a date, or that is
     * no document, does not move it. A partition that delivers nothing for a while stops holding it back.
     */
    private static WatermarkStrategy<KafkaMessage> eventTime(AnalysisJobOptions options) {
        Duration alerts = options.alerts().outOfOrderness();
        Duration hotIssues = HotIssueSettings.DEFAULTS.outOfOrderness();
        Duration bound = alerts.compareTo(hotIssues) >= 0 ? alerts : hotIssues;
        return WatermarkStrategy.<KafkaMessage>forGenerator(context -> new PerRecordWatermarks<>(bound))
                .withTimestampAssigner((message, kafkaTimestamp) -> message.document() == null ? Long.MIN_VALUE
                        : EventTime.of(message.document()).orElse(Long.MIN_VALUE))
                .withIdleness(IDLE_PARTITION);
    }

    /**
     * At least once: a restart may send a version again, and the router keeps one document per id and version.
     * Exactly once would hold every alert back until the next checkpoint.
     */
    private static KafkaSink<Alert> alertSink(AnalysisJobOptions options) {
        return KafkaSink.<Alert>builder()
                .setBootstrapServers(options.kafkaBootstrapServers())
                .setKafkaProducerConfig(options.kafka().producerProperties())
                .setRecordSerializer(new AlertSerializer(options.alertTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    private static KafkaSink<org.yuqing.core.document.DeadLetter> deadLetterSink(AnalysisJobOptions options) {
        return KafkaSink.<org.yuqing.core.document.DeadLetter>builder()
                .setBootstrapServers(options.kafkaBootstrapServers())
                .setKafkaProducerConfig(options.kafka().producerProperties())
                .setRecordSerializer(new DeadLetterSerializer(options.deadLetterTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
