package org.yuqing.jobs.ingest;

import java.time.OffsetDateTime;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.document.RawDocument;
import org.yuqing.jobs.deadletter.DeadLetters;

/**
 * Passes on the documents the source parsed; a record that is not one goes to the dead letters with the reason.
 */
public final class UnparsableToDeadLetters extends ProcessFunction<KafkaMessage, RawDocument> {

    private final OutputTag<DeadLetter> deadLetters;
    private transient Counter unparsable;

    public UnparsableToDeadLetters(OutputTag<DeadLetter> deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void open(OpenContext context) {
        // Watched on the pipeline health dashboard: a burst means a producer started writing something else.
        unparsable = getRuntimeContext().getMetricGroup().counter("unparsableRecords");
    }

    @Override
    public void processElement(KafkaMessage message, Context ctx, Collector<RawDocument> out) {
        if (message.document() != null) {
            out.collect(message.document());
            return;
        }
        unparsable.inc();
        ctx.output(deadLetters, new DeadLetter(DeadLetters.STAGE_PARSE, message.problem(), message.origin(),
                message.key(), message.value(), OffsetDateTime.now().toString()));
    }
}
