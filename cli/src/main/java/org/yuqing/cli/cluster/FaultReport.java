package org.yuqing.cli.cluster;

import java.time.Duration;

/**
 * What one fault did to a known set of documents.
 *
 * @param fault what was done to the cluster
 * @param sent documents sent to Kafka
 * @param indexed distinct documents of the set that Elasticsearch holds
 * @param doubled copies beyond the first of any document (the same id in two indices, say)
 * @param lost documents sent and not held
 * @param altered documents held whose text or URL differ from what was sent
 * @param recovery from the fault until indexing went on (the count of held documents grew again)
 * @param caughtUp from the fault until every document was held, or null if that never came
 */
record FaultReport(String fault, int sent, int indexed, int doubled, int lost, int altered, Duration recovery,
                   Duration caughtUp) {

    boolean exact() {
        return indexed == sent && doubled == 0 && lost == 0 && altered == 0;
    }

    static String header() {
        return String.format("%-38s %6s %8s %8s %6s %8s %10s %10s", "fault", "sent", "indexed", "doubled", "lost",
                "altered", "recovery", "caught up");
    }

    String line() {
        return String.format("%-38s %6d %8d %8d %6d %8d %9.1fs %10s", fault, sent, indexed, doubled, lost, altered,
                recovery == null ? Double.NaN : recovery.toMillis() / 1000.0,
                caughtUp == null ? "never" : String.format("%.1fs", caughtUp.toMillis() / 1000.0));
    }
}
