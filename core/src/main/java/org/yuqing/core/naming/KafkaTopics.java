package org.yuqing.core.naming;

/** The Kafka topics that connect the crawler, the jobs and the alert router. */
public final class KafkaTopics {

    /** Documents as crawled, keyed by document id. */
    public static final String RAW = "yuqing.raw";
    /** Records that could not be parsed or indexed, with the reason. */
    public static final String DEAD_LETTERS = "yuqing.dlq";
    /** Misreading and site-integrity alerts on their way to the router. */
    public static final String ALERTS = "yuqing.alerts";

    private KafkaTopics() {
    }
}
