package org.yuqing.jobs.ingest;

import org.yuqing.core.document.RawDocument;

/**
 * One record as read from Kafka, with the document parsed from it or why none could be: parsing never fails the
 * source, so that a record that is not a document reaches the dead-letter topic instead of failing the job, and
 * the source can take each document's event time.
 *
 * @param document the parsed document, null when the record is not one
 * @param problem why the record is not a document, null when it is
 */
public record KafkaMessage(String topic, int partition, long offset, String key, String value, RawDocument document,
                           String problem) {

    /** Where the record came from, in the form {@code topic/partition@offset}. */
    public String origin() {
        return topic + "/" + partition + "@" + offset;
    }
}
