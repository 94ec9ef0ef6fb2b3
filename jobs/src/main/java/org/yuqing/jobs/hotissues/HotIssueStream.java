package org.yuqing.jobs.hotissues;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;

/**
 * The hot-issue operator: event time from publication, sliding windows per region, issues out. The region
 * is the key, so regions are mined in parallel and no issue crosses a region.
 */
public final class HotIssueStream {

    private static final String NO_REGION = "";

    private HotIssueStream() {
    }

    public static DataStream<HotIssue> of(DataStream<HotIssueInput> messages, HotIssueSettings settings) {
        return messages
                .assignTimestampsAndWatermarks(WatermarkStrategy
                        .<HotIssueInput>forBoundedOutOfOrderness(settings.outOfOrderness())
                        .withTimestampAssigner((message, previous) -> message.publishedAtMillis()))
                .name("hot-issues-event-time")
                .keyBy(message -> message.region() == null ? NO_REGION : message.region())
                .window(SlidingEventTimeWindows.of(settings.window(), settings.slide()))
                .process(new HotIssueWindowFunction(settings))
                .name("hot-issues");
    }
}
