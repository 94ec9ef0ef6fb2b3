package org.yuqing.jobs.elasticsearch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

/** Writes the entries still buffered in the sink into a checkpoint, so that a restore indexes them. */
public final class IndexRequestEntryStateSerializer extends AsyncSinkWriterStateSerializer<IndexRequestEntry> {

    @Override
    protected void serializeRequestToStream(IndexRequestEntry entry, DataOutputStream out) throws IOException {
        out.writeUTF(entry.index());
        out.writeUTF(entry.id());
        // -1 stands for a deletion: no source, and no length an indexed document can have.
        out.writeInt(entry.isDeletion() ? -1 : entry.source().length);
        if (!entry.isDeletion()) {
            out.write(entry.source());
        }
    }

    @Override
    protected IndexRequestEntry deserializeRequestFromStream(long requestSize, DataInputStream in) throws IOException {
        String index = in.readUTF();
        String id = in.readUTF();
        int length = in.readInt();
        if (length < 0) {
            return IndexRequestEntry.deletion(index, id);
        }
        byte[] source = new byte[length];
        in.readFully(source);
        return new IndexRequestEntry(index, id, source);
    }

    @Override
    public int getVersion() {
        return 1;
    }
}
