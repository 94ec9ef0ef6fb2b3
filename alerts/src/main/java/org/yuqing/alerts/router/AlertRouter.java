package org.yuqing.alerts.router;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuqing.alerts.delivery.Channel;
import org.yuqing.alerts.delivery.Dispatcher;
import org.yuqing.alerts.delivery.EmailChannel;
import org.yuqing.alerts.delivery.Retrying;
import org.yuqing.alerts.delivery.WebhookChannel;
import org.yuqing.alerts.lifecycle.AlertIndex;
import org.yuqing.alerts.lifecycle.AlertStore;
import org.yuqing.alerts.routing.RouterConfig;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.kafka.DeadLetterWriter;
import org.yuqing.core.retry.Backoff;
import org.yuqing.core.retry.Sleeper;

/**
 * The router: reads alerts from Kafka in a consumer group, hands each to {@link AlertHandler}, and commits the
 * offsets only after the alerts are stored, so a restart neither loses an alert nor needs more than the
 * version check to drop a repeat. Between polls it runs the {@link DeadlineWatch} every so often. When
 * Elasticsearch fails, the records not yet stored are read again after a pause, not skipped.
 */
public final class AlertRouter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertRouter.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Backoff STORE_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final Consumer<String, String> consumer;
    private final String topic;
    private final AlertHandler handler;
    private final DeadlineWatch deadlines;
    private final DeadLetterWriter deadLetters;
    private final Duration deadlineCheck;
    private final Clock clock;
    private final RouterProgress progress = new RouterProgress();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private AlertRouter(Consumer<String, String> consumer, String topic, AlertHandler handler, DeadlineWatch deadlines,
                        DeadLetterWriter deadLetters, Duration deadlineCheck, Clock clock) {
        this.consumer = consumer;
        this.topic = topic;
        this.handler = handler;
        this.deadlines = deadlines;
        this.deadLetters = deadLetters;
        this.deadlineCheck = deadlineCheck;
        this.clock = clock;
    }

    /** Installs the alerts index template and connects to Kafka; {@link #run()} then routes until {@link #stop()}. */
    public static AlertRouter open(RouterConfig config, RouterOptions options, ElasticsearchClient elasticsearch, Clock clock) {
        AlertIndex.install(elasticsearch, options.alertsIndex());
        AlertStore store = new AlertStore(elasticsearch, options.alertsIndex());
        Dispatcher dispatcher = new Dispatcher(channels(config, clock), clock);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(options));
        return new AlertRouter(consumer, options.topic(),
                new AlertHandler(store, config.routing(), dispatcher, clock),
                new DeadlineWatch(store, config.routing(), dispatcher),
                new DeadLetterWriter(options.kafka(), options.deadLetterTopic()), config.deadlineCheck(), clock);
    }

    private static List<Channel> channels(RouterConfig config, Clock clock) {
        List<Channel> channels = new ArrayList<>();
        channels.add(new WebhookChannel(config.webhook(), Sleeper.REAL, clock));
        if (config.smtp() != null) {
            channels.add(new EmailChannel(config.smtp(),
                    new Retrying(config.webhook().attempts(), config.webhook().backoff(), Sleeper.REAL)));
        }
        return channels;
    }

    public RouterProgress progress() {
        return progress;
    }

    public void run() {
        consumer.subscribe(List.of(topic));
        Instant nextDeadlineCheck = clock.instant();
        int storeFailures = 0;
        try {
            while (running.get()) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                if (!routeAll(records)) {
                    storeFailures++;
                    pause(STORE_BACKOFF.delayAfter(storeFailures));
                    continue;
                }
                storeFailures = 0;
                if (!clock.instant().isBefore(nextDeadlineCheck)) {
                    checkDeadlines();
                    nextDeadlineCheck = clock.instant().plus(deadlineCheck);
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        }
    }

    /**
     * Routes a batch in order and commits what was stored. On a failure to store, rewinds every partition to its
     * first record not stored, so the next poll reads it again; returns false then.
     */
    private boolean routeAll(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> stored = new HashMap<>();
        try {
            for (ConsumerRecord<String, String> record : records) {
                route(record);
                stored.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("cannot route or store an alert, will read it again: {}", e.toString());
            for (TopicPartition partition : records.partitions()) {
                OffsetAndMetadata done = stored.get(partition);
                consumer.seek(partition, done != null ? done.offset() : records.records(partition).get(0).offset());
            }
            return false;
        } finally {
            if (!stored.isEmpty()) {
                consumer.commitSync(stored);
            }
        }
    }

    /** The record untouched, with the reason; written before the record's offset is committed after it. */
    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        String origin = record.topic() + "/" + record.partition() + "@" + record.offset();
        deadLetters.send(new DeadLetter("route", reason, origin, record.key(), record.value(), clock.instant().toString()));
        deadLetters.flush();
    }

    private void route(ConsumerRecord<String, String> record) {
        try {
            AlertHandler.Handled handled = handler.handle(AlertParser.parse(record.value()));
            progress.count(handled.outcome());
            progress.failedDeliveries(handled.failedDeliveries());
        } catch (AlertParser.InvalidAlertException e) {
            deadLetter(record, e.getMessage());
            progress.count(Outcome.DEAD_LETTERED);
        }
    }

    private void checkDeadlines() {
        try {
            progress.deadlinesChecked(deadlines.check(clock.instant()));
        } catch (RuntimeException e) {
            // the next check tries again; an alert is marked overdue only when its escalation is under way
            LOG.warn("deadline check failed, will try again: {}", e.toString());
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    /** Asks {@link #run()} to return after the record it is on; callable from any thread. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
        deadLetters.close();
    }

    private static Properties consumerProperties(RouterOptions options) {
        Properties p = options.kafka().clientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, options.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // deliveries wait on slow receivers and back off: fewer records a poll, more time between polls
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20");
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, Integer.toString((int) Duration.ofMinutes(15).toMillis()));
        return p;
    }
}
