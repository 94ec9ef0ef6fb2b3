package org.yuqing.jobs.elasticsearch;

import java.io.Serializable;

/**
 * One document to index, already in its JSON form. The {@code _id} is the document's stable id, so indexing
 * the same entry twice (a replay after a restart, a retry) leaves one document.
 */
public record IndexRequestEntry(String index, String id, byte[] source) implements Serializable {
}
