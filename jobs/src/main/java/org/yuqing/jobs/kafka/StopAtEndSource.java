package org.yuqing.jobs.kafka;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumState;
import org.apache.flink.connector.kafka.source.split.KafkaPartitionSplit;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.kafka.common.TopicPartition;

/**
 * A bounded Kafka source that ends at its run's end also when it is restored from a checkpoint or savepoint.
 *
 * <p>{@code ./yuqing job --restore latest --until-caught-up} indexed everything and then never exited (issue 19),
 * for two reasons in the Kafka connector (5.0.0-2.2), both fixed here. A split carries its stopping offset in the
 * checkpoint, and the source applies its own stopping offsets only to partitions it assigns afresh: restored from a
 * run that streamed on, every partition said "never stop". Here every split a reader is given, restored or new,
 * stops at the end the run captured when it started. And a restored enumerator never tells its readers that no
 * more splits will come (see {@link #restoreEnumerator}), without which a reader never finishes.
 */
public final class StopAtEndSource<T> implements Source<T, KafkaPartitionSplit, KafkaSourceEnumState>,
        ResultTypeQueryable<T> {

    private static final long serialVersionUID = 1L;

    private final KafkaSource<T> kafka;
    private final Map<TopicPartition, Long> end;

    StopAtEndSource(KafkaSource<T> kafka, Map<TopicPartition, Long> end) {
        if (kafka.getBoundedness() != Boundedness.BOUNDED) {
            throw new IllegalArgumentException("the Kafka source must be bounded");
        }
        this.kafka = kafka;
        this.end = Map.copyOf(end);
    }

    /** The split as this run reads it: from where it was, to the run's end for its partition (if one was taken). */
    KafkaPartitionSplit toEnd(KafkaPartitionSplit split) {
        Long stop = end.get(split.getTopicPartition());
        return stop == null ? split : new KafkaPartitionSplit(split.getTopicPartition(), split.getStartingOffset(), stop);
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<T, KafkaPartitionSplit> createReader(SourceReaderContext context) throws Exception {
        return new Reader(kafka.createReader(context));
    }

    @Override
    public SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> createEnumerator(
            SplitEnumeratorContext<KafkaPartitionSplit> context) {
        return kafka.createEnumerator(context);
    }

    /**
     * A restored Kafka enumerator that has already discovered its partitions looks again, finds nothing new and
     * never tells the readers that no more splits will come, so a bounded reader waits for ever even once its splits
     * have ended. When the restored state holds every partition of this run's end, no split will come indeed, and
     * each reader is told so once it has been handed the splits still pending for it.
     */
    @Override
    public SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> restoreEnumerator(
            SplitEnumeratorContext<KafkaPartitionSplit> context, KafkaSourceEnumState state) throws Exception {
        SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> restored = kafka.restoreEnumerator(context, state);
        Set<TopicPartition> known = state.splits().stream()
                .map(split -> split.split().getTopicPartition())
                .collect(Collectors.toSet());
        return state.initialDiscoveryFinished() && known.containsAll(end.keySet())
                ? new NoMoreSplitsAfterAssignment(restored, context)
                : restored;
    }

    @Override
    public SimpleVersionedSerializer<KafkaPartitionSplit> getSplitSerializer() {
        return kafka.getSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<KafkaSourceEnumState> getEnumeratorCheckpointSerializer() {
        return kafka.getEnumeratorCheckpointSerializer();
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return kafka.getProducedType();
    }

    /** The restored Kafka enumerator, which also ends each reader's assignment. */
    private static final class NoMoreSplitsAfterAssignment
            implements SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> {

        private final SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> enumerator;
        private final SplitEnumeratorContext<KafkaPartitionSplit> context;

        NoMoreSplitsAfterAssignment(SplitEnumerator<KafkaPartitionSplit, KafkaSourceEnumState> enumerator,
                                    SplitEnumeratorContext<KafkaPartitionSplit> context) {
            this.enumerator = enumerator;
            this.context = context;
        }

        @Override
        public void addReader(int subtask) {
            // The Kafka enumerator hands a registering reader its pending splits right here, synchronously.
            enumerator.addReader(subtask);
            context.signalNoMoreSplits(subtask);
        }

        @Override
        public void start() {
            enumerator.start();
        }

        @Override
        public void handleSplitRequest(int subtask, String requesterHostname) {
            enumerator.handleSplitRequest(subtask, requesterHostname);
        }

        @Override
        public void addSplitsBack(List<KafkaPartitionSplit> splits, int subtask) {
            enumerator.addSplitsBack(splits, subtask);
        }

        @Override
        public KafkaSourceEnumState snapshotState(long checkpointId) throws Exception {
            return enumerator.snapshotState(checkpointId);
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) throws Exception {
            enumerator.notifyCheckpointComplete(checkpointId);
        }

        @Override
        public void handleSourceEvent(int subtask, SourceEvent event) {
            enumerator.handleSourceEvent(subtask, event);
        }

        @Override
        public void close() throws IOException {
            enumerator.close();
        }
    }

    /** The Kafka reader, handed its splits with this run's stopping offsets. */
    private final class Reader implements SourceReader<T, KafkaPartitionSplit> {

        private final SourceReader<T, KafkaPartitionSplit> reader;

        Reader(SourceReader<T, KafkaPartitionSplit> reader) {
            this.reader = reader;
        }

        @Override
        public void addSplits(List<KafkaPartitionSplit> splits) {
            reader.addSplits(splits.stream().map(StopAtEndSource.this::toEnd).toList());
        }

        @Override
        public void start() {
            reader.start();
        }

        @Override
        public InputStatus pollNext(ReaderOutput<T> output) throws Exception {
            return reader.pollNext(output);
        }

        @Override
        public List<KafkaPartitionSplit> snapshotState(long checkpointId) {
            return reader.snapshotState(checkpointId);
        }

        @Override
        public CompletableFuture<Void> isAvailable() {
            return reader.isAvailable();
        }

        @Override
        public void notifyNoMoreSplits() {
            reader.notifyNoMoreSplits();
        }

        @Override
        public void handleSourceEvents(SourceEvent event) {
            reader.handleSourceEvents(event);
        }

        @Override
        public void pauseOrResumeSplits(Collection<String> toPause, Collection<String> toResume) {
            reader.pauseOrResumeSplits(toPause, toResume);
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) throws Exception {
            // The Kafka reader commits the checkpoint's offsets to the consumer group here.
            reader.notifyCheckpointComplete(checkpointId);
        }

        @Override
        public void notifyCheckpointAborted(long checkpointId) throws Exception {
            reader.notifyCheckpointAborted(checkpointId);
        }

        @Override
        public void close() throws Exception {
            reader.close();
        }
    }
}
