package org.yuqing.jobs.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.yuqing.core.config.KafkaConnection;

/** Creates the topics a job reads and writes when they are missing, so that a job never waits on a typo. */
public final class Topics {

    private static final Duration KNOWN_WITHIN = Duration.ofSeconds(30);

    private Topics() {
    }

    public static void ensure(String bootstrapServers, int partitions, String... names) throws Exception {
        ensure(KafkaConnection.plaintext(bootstrapServers), partitions, names);
    }

    public static void ensure(KafkaConnection kafka, int partitions, String... names) throws Exception {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    // The broker's default replication: 1 on the single local node, 3 on the local cluster.
                    missing.add(new NewTopic(name, Optional.of(partitions), Optional.empty()));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            awaitKnown(admin, missing.stream().map(NewTopic::name).toList());
        }
    }

    /**
     * A topic is created once the controller has it, but a broker answers from metadata that may trail it for a
     * moment: whoever describes the topic next (the end of a run until caught up, the source) would be told it
     * does not exist.
     */
    private static void awaitKnown(Admin admin, List<String> topics) throws Exception {
        long deadline = System.nanoTime() + KNOWN_WITHIN.toNanos();
        while (true) {
            try {
                admin.describeTopics(topics).allTopicNames().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
