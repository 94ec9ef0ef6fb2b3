package org.yuqing.jobs.elasticsearch;

import java.io.Serializable;

/**
 * One document to index, already in its JSON form, or to delete ({@code source} null). The {@code _id} is the
 * document's stable id, so indexing the same entry twice (a replay after a restart, a retry) leaves one document,
 * and deleting it twice deletes it once.
 */
public record IndexRequestEntry(String index, String id, byte[] source) implements Serializable {

    /** An entry that removes the document with this id, if there is one. */
    public static IndexRequestEntry deletion(String index, String id) {
        return new IndexRequestEntry(index, id, null);
    }

    public boolean isDeletion() {
        return source == null;
    }
}
