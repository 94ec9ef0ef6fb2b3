package org.yuqing.jobs.ingest;

/**
 * One record as read from Kafka, before it is parsed: parsing happens in the job, not in the source, so that a
 * record that fails to parse reaches the dead-letter topic instead of failing the job.
 */
public record KafkaMessage(String topic, int partition, long offset, String key, String value) {

    /** Where the record came from, in the form {@code topic/partition@offset}. */
    public String origin() {
        return topic + "/" + partition + "@" + offset;
    }
}
