package org.yuqing.jobs.hotissues;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.util.OutputTag;

/**
 * The hot-issue operator: event time from publication, sliding windows per region, issues out. The region
 * is the key, so regions are mined in parallel and no issue crosses a region.
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

    public static SingleOutputStreamOperator<HotIssue> of(DataStream<HotIssueInput> messages, HotIssueSettings settings) {
        return messages
                .assignTimestampsAndWatermarks(WatermarkStrategy
                        .<HotIssueInput>forGenerator(context -> new PerMessageWatermarks(settings.outOfOrderness()))
                        .withTimestampAssigner((message, previous) -> message.publishedAtMillis()))
                .name("hot-issues-event-time")
                .keyBy(message -> message.region() == null ? NO_REGION : message.region())
                .window(SlidingEventTimeWindows.of(settings.window(), settings.slide()))
                .sideOutputLateData(LATE)
                .process(new HotIssueWindowFunction(settings))
                .name("hot-issues");
    }

    /**
     * Bounded out-of-orderness with a watermark after every message rather than on a timer. Messages are
     * few and far between, so this costs nothing, and what is late no longer depends on when the timer ran:
     * a replay sidelines the same messages as the first run did.
     */
    static final class PerMessageWatermarks implements WatermarkGenerator<HotIssueInput> {

        private final long boundMillis;
        private long newest = Long.MIN_VALUE;

        PerMessageWatermarks(Duration bound) {
            this.boundMillis = bound.toMillis();
        }

        @Override
        public void onEvent(HotIssueInput message, long timestamp, WatermarkOutput output) {
            if (timestamp > newest) {
                newest = timestamp;
                output.emitWatermark(new Watermark(newest - boundMillis - 1));
            }
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            // Every watermark was emitted with the message that moved it.
        }
    }
}
