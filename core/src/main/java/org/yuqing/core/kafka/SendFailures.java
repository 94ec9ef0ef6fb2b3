package org.yuqing.core.kafka;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers the sends a Kafka producer reported as failed, so that a flush never passes for "durable" when records
 * were lost: {@code KafkaProducer.flush()} returns once every send has completed, failed ones included.
 *
 * <p>Pass {@link #record} as the send's callback ({@code (metadata, error) -> failures.record(error)}), and call
 * {@link #throwIfAny} after flushing.
 */
public final class SendFailures {

    private final String destination;
    private final AtomicReference<Exception> first = new AtomicReference<>();
    private final AtomicLong count = new AtomicLong();

    /** @param destination what the records were for, as an error should name it ("topic yuqing.raw") */
    public SendFailures(String destination) {
        this.destination = destination;
    }

    /** A send's outcome: {@code null} when Kafka took the record. Called on the producer's I/O thread. */
    public void record(Exception error) {
        if (error != null) {
            first.compareAndSet(null, error);
            count.incrementAndGet();
        }
    }

    /** Throws, once, if any send recorded since the last call failed; the first failure is the cause. */
    public void throwIfAny() throws IOException {
        Exception cause = first.getAndSet(null);
        if (cause != null) {
            long failed = count.getAndSet(0);
            throw new IOException("Kafka did not take " + failed + " record(s) for " + destination + ": "
                    + cause.getMessage(), cause);
        }
    }
}
