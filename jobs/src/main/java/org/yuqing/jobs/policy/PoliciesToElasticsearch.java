package org.yuqing.jobs.policy;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.yuqing.core.json.Json;
import org.yuqing.core.naming.IndexNames;
import org.yuqing.jobs.elasticsearch.IndexRequestEntry;

/** A policy goes to {@code yuqing-policies} under its document id: each newer view of it replaces the last. */
public final class PoliciesToElasticsearch implements ElementConverter<PolicyDocument, IndexRequestEntry> {

    @Override
    public IndexRequestEntry apply(PolicyDocument policy, SinkWriter.Context context) {
        return new IndexRequestEntry(IndexNames.POLICIES, policy.id(), Json.writeBytes(policy));
    }
}
