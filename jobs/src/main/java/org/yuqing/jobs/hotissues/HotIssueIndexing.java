package org.yuqing.jobs.hotissues;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.elasticsearch.IndexRequestEntry;

/** A hot issue goes to one index under its stable id: each window's view overwrites the one before. */
public final class HotIssueIndexing implements ElementConverter<HotIssue, IndexRequestEntry> {

    public static final String INDEX = "yuqing-hot-issues";

    @Override
    public IndexRequestEntry apply(HotIssue issue, SinkWriter.Context context) {
        return new IndexRequestEntry(INDEX, issue.id(), Json.writeBytes(issue));
    }
}
