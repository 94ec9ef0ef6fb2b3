package org.yuqing.jobs.eventtime;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded out-of-orderness with a watermark after every record rather than on a timer. Documents are few and far
 * between, so this costs nothing, and what is late no longer depends on when the timer ran: records seen in the
 * same order are sidelined alike and fire the same timers on a replay. The order itself is the same only within
 * a Kafka partition: where an operator instance reads several partitions, a replay may interleave them
 * differently, and a partition far ahead in event time moves the watermark for the others (the generator runs
 * after the analysis, not per partition in the source).
 */
public final class PerRecordWatermarks<T> implements WatermarkGenerator<T> {

    private final long boundMillis;
    private long newest = Long.MIN_VALUE;

    public PerRecordWatermarks(Duration bound) {
        this.boundMillis = bound.toMillis();
    }

    @Override
    public void onEvent(T record, long timestamp, WatermarkOutput output) {
        if (timestamp > newest) {
            newest = timestamp;
            output.emitWatermark(new Watermark(newest - boundMillis - 1));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // Every watermark was emitted with the record that moved it.
    }
}
