package org.yuqing.alerts.router;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.core.json.Json;

/** Sends a record the router cannot use to the dead-letter topic, untouched, with the reason; nothing is lost. */
final class DeadLetters {

    private final Producer<String, String> producer;
    private final String topic;
    private final Clock clock;

    DeadLetters(Producer<String, String> producer, String topic, Clock clock) {
        this.producer = producer;
        this.topic = topic;
        this.clock = clock;
    }

    /** Returns once the dead letter is written, so that the record's offset can be committed after it. */
    void send(ConsumerRecord<String, String> record, String reason) {
        String origin = record.topic() + "/" + record.partition() + "@" + record.offset();
        DeadLetter letter = new DeadLetter("route", reason, origin, record.key(), record.value(), clock.instant().toString());
        try {
            producer.send(new ProducerRecord<>(topic, record.key(), Json.write(letter))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a dead letter for " + origin, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write a dead letter for " + origin + " to " + topic, e.getCause());
        }
    }
}
