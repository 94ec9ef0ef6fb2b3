package org.yuqing.jobs.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.RequestEntryWrapper;
import org.junit.jupiter.api.Test;

/** The documents still buffered at a checkpoint come back whole after a restore, so none is lost. */
class IndexRequestEntryStateSerializerTest {

    @Test
    void bufferedDocumentsSurviveACheckpointByteForByte() throws Exception {
        IndexRequestEntryStateSerializer serializer = new IndexRequestEntryStateSerializer();
        byte[] chinese = "{\"title\":\"关于调整住房公积金政策的通知\"}".getBytes(StandardCharsets.UTF_8);
        List<IndexRequestEntry> entries = List.of(new IndexRequestEntry("yuqing-docs", "id-1", chinese),
                new IndexRequestEntry("yuqing-policies", "id-2", new byte[0]));
        BufferedRequestState<IndexRequestEntry> state = new BufferedRequestState<>(entries.stream()
                .map(entry -> new RequestEntryWrapper<>(entry, entry.source().length)).toList());

        BufferedRequestState<IndexRequestEntry> restored =
                serializer.deserialize(serializer.getVersion(), serializer.serialize(state));

        assertThat(restored.getBufferedRequestEntries()).hasSize(2);
        for (int i = 0; i < entries.size(); i++) {
            IndexRequestEntry back = restored.getBufferedRequestEntries().get(i).getRequestEntry();
            assertThat(back.index()).isEqualTo(entries.get(i).index());
            assertThat(back.id()).isEqualTo(entries.get(i).id());
            assertThat(back.source()).isEqualTo(entries.get(i).source());
        }
        assertThat(restored.getStateSize()).isEqualTo(chinese.length);
    }

    @Test
    void aBufferedDeletionStaysADeletionAfterARestore() throws Exception {
        IndexRequestEntryStateSerializer serializer = new IndexRequestEntryStateSerializer();
        IndexRequestEntry deletion = IndexRequestEntry.deletion("yuqing-hot-issues", "issue-1");
        BufferedRequestState<IndexRequestEntry> state =
                new BufferedRequestState<>(List.of(new RequestEntryWrapper<>(deletion, 7)));

        IndexRequestEntry back = serializer.deserialize(serializer.getVersion(), serializer.serialize(state))
                .getBufferedRequestEntries().get(0).getRequestEntry();

        assertThat(back.isDeletion()).isTrue();
        assertThat(back.id()).isEqualTo("issue-1");
        assertThat(back.index()).isEqualTo("yuqing-hot-issues");
    }
}
