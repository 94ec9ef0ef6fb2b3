package org.yuqing.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.document.DeadLetter;
import org.yuqing.jobs.deadletter.DeadLetters;

/**
 * What Elasticsearch's answer to one bulk request means for its documents: indexed; worth retrying, since the
 * cluster was overloaded or failing (429, 5xx); or rejected for good (any other 4xx: a mapping conflict, a
 * malformed document), which becomes a dead letter with Elasticsearch's reason.
 *
 * @param retry the documents to send again, in their order
 * @param deadLetters the documents refused for good
 */
record BulkOutcome(List<IndexRequestEntry> retry, List<DeadLetter> deadLetters) {

    BulkOutcome {
        retry = List.copyOf(retry);
        deadLetters = List.copyOf(deadLetters);
    }

    /** @param entries the documents of the request, in the order of the answer's items */
    static BulkOutcome of(List<IndexRequestEntry> entries, BulkResponse response, Instant now) {
        if (!response.errors()) {
            return new BulkOutcome(List.of(), List.of());
        }
        List<IndexRequestEntry> retry = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                continue;
            }
            IndexRequestEntry entry = entries.get(i);
            if (item.status() == 429 || item.status() >= 500) {
                retry.add(entry);
            } else {
                String reason = "Elasticsearch rejected the document with status " + item.status() + ": "
                        + item.error().type() + ": " + item.error().reason();
                deadLetters.add(new DeadLetter(DeadLetters.STAGE_INDEX, reason, entry.index(), entry.id(),
                        entry.isDeletion() ? "" : new String(entry.source(), StandardCharsets.UTF_8), now.toString()));
            }
        }
        return new BulkOutcome(retry, deadLetters);
    }

    /** Every document was indexed or dead-lettered: the batch is done. */
    boolean done() {
        return retry.isEmpty();
    }
}
