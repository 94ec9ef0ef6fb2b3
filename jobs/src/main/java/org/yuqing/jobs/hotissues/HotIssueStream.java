package org.yuqing.jobs.hotissues;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;

/**
 * The hot-issue operator: sliding windows per region ({@link SlidingHotIssues}) over the messages' publication
 * times, closed as the watermark that comes with the messages passes (the job's source sets it per Kafka
 * partition), issues out (and the ids of issues others took in, {@link RetiredIssue}). The region is the key, so regions are mined in parallel and no issue crosses a region.
 */
public final class HotIssueStream {

    private static final String NO_REGION = "";

    /**
     * Messages too late for every window they belong to (published more than the out-of-orderness bound plus
     * a window before the newest seen): not lost silently, the job can send them to the dead letters.
     */
    public static final OutputTag<HotIssueInput> LATE = new OutputTag<>("hot-issues-late") {
    };

    private HotIssueStream() {
    }

    public static SingleOutputStreamOperator<HotIssueChange> of(DataStream<HotIssueInput> messages, HotIssueSettings settings) {
        return messages
                .keyBy(message -> message.region() == null ? NO_REGION : message.region())
                .process(new SlidingHotIssues(settings))
                .name("hot-issues");
    }
}
