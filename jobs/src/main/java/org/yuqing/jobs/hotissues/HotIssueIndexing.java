package org.yuqing.jobs.hotissues;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.elasticsearch.IndexRequestEntry;

/**
 * A hot issue goes to one index under its stable id: each window's view overwrites the one before, and an issue
 * that another took in is deleted. Both travel in one stream, so a deletion never overtakes the view it replaces.
 */
public final class HotIssueIndexing implements ElementConverter<HotIssueChange, IndexRequestEntry> {

    public static final String INDEX = "yuqing-hot-issues";

    @Override
    public IndexRequestEntry apply(HotIssueChange change, SinkWriter.Context context) {
        return change instanceof HotIssue issue
                ? new IndexRequestEntry(INDEX, issue.id(), Json.writeBytes(issue))
                : IndexRequestEntry.deletion(INDEX, change.id());
    }
}
