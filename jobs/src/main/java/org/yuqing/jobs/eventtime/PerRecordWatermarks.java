package org.yuqing.jobs.eventtime;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded out-of-orderness with a watermark after every record rather than on a timer. Documents are few and far
 * between, so this costs nothing, and what is late no longer depends on when the timer ran: a replay of a Kafka
 * partition sidelines the same records and fires the same timers as the first run did. The job's source runs one
 * generator per partition and goes by the slowest.
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
