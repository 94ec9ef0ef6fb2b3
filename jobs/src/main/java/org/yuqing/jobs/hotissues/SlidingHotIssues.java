package org.yuqing.jobs.hotissues;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Sliding event-time windows over one region's messages (the key), with each message kept once.
 *
 * <p>Flink's own sliding windows keep a copy of a message in every window it falls in, seven for a week that
 * slides by a day: seven serialisations on arrival and seven times the state. Here a message is stored once,
 * with a timer at the end of every window it falls in; a timer gathers the messages of its window, as Flink's
 * event-time trigger fires a window that holds any, and then lets go of those no later window holds. A message
 * whose windows have all been fired is late, as in Flink's windows.
 */
public final class SlidingHotIssues extends KeyedProcessFunction<String, HotIssueInput, HotIssueChange> {

    private static final long serialVersionUID = 1L;

    private final HotIssueSettings settings;
    private transient MapState<String, HotIssueInput> messages;
    private transient MapState<String, String> issueOfMessage;
    private transient IndexedViews indexed;
    private transient WindowIssues issues;

    public SlidingHotIssues(HotIssueSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        messages = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("hot-issue-messages", String.class, HotIssueInput.class));
        issueOfMessage = getRuntimeContext().getMapState(
                keptAWhile(new MapStateDescriptor<>("issue-of-message", String.class, String.class)));
        indexed = new IndexedViews(getRuntimeContext().getMapState(
                keptAWhile(new MapStateDescriptor<>("indexed-issue-messages", Types.STRING, Types.LIST(Types.STRING)))));
        issues = new WindowIssues(settings);
    }

    @Override
    public void processElement(HotIssueInput message, Context ctx, Collector<HotIssueChange> out) throws Exception {
        long size = settings.window().toMillis();
        long slide = settings.slide().toMillis();
        long publishedAt = message.publishedAtMillis();
        long watermark = ctx.timerService().currentWatermark();
        boolean inAnOpenWindow = false;
        for (long start = TimeWindow.getWindowStartWithOffset(publishedAt, 0, slide); start > publishedAt - size;
                start -= slide) {
            long lastMillis = start + size - 1;
            if (lastMillis > watermark) {
                ctx.timerService().registerEventTimeTimer(lastMillis);
                inAnOpenWindow = true;
            }
        }
        if (inAnOpenWindow) {
            messages.put(message.id(), message);
        } else {
            ctx.output(HotIssueStream.LATE, message);
        }
    }

    @Override
    public void onTimer(long lastMillis, OnTimerContext ctx, Collector<HotIssueChange> out) throws Exception {
        long end = lastMillis + 1;
        long start = end - settings.window().toMillis();
        long heldByLaterWindows = start + settings.slide().toMillis();
        List<HotIssueInput> inWindow = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (Map.Entry<String, HotIssueInput> entry : messages.entries()) {
            long publishedAt = entry.getValue().publishedAtMillis();
            if (publishedAt >= start && publishedAt < end) {
                inWindow.add(entry.getValue());
            }
            if (publishedAt < heldByLaterWindows) {
                done.add(entry.getKey());
            }
        }
        if (!inWindow.isEmpty()) {
            issues.of(ctx.getCurrentKey(), inWindow, start, end, issueOfMessage, indexed).forEach(out::collect);
        }
        for (String id : done) {
            messages.remove(id);
        }
    }

    /** What a message or an issue was last part of, forgotten once no window can hold it any more. */
    private <V> MapStateDescriptor<String, V> keptAWhile(MapStateDescriptor<String, V> descriptor) {
        // Processing time is all TTL offers; a window plus a slide is how long a message can stay relevant.
        Duration keep = settings.window().plus(settings.slide()).multipliedBy(2);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(keep).build());
        return descriptor;
    }
}
