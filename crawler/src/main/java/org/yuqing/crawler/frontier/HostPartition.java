package org.yuqing.crawler.frontier;

import org.yuqing.core.document.DocumentIds;

/**
 * Which hosts one of several crawler instances takes: instance {@code index} of {@code count} fetches a host only
 * when the host's hash falls to it. Every instance reads the same sources and computes the same split, so no host is
 * ever fetched by two instances and per-host politeness holds across all of them, with nothing to coordinate.
 */
public record HostPartition(int index, int count) {

    public static final HostPartition ALL = new HostPartition(0, 1);

    public HostPartition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("instance " + (index + 1) + " of " + count
                    + ": expected 1 <= instance <= count");
        }
    }

    /** Parses {@code i/N}, instances numbered from 1 as people count them. */
    public static HostPartition parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new HostPartition(Integer.parseInt(parts[0].trim()) - 1, Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not an instance like 1/2 (this instance / how many)");
    }

    public boolean owns(String host) {
        if (count == 1) {
            return true;
        }
        long hash = Long.parseUnsignedLong(DocumentIds.hash(host).substring(0, 15), 16);
        return Math.floorMod(hash, count) == index;
    }

    @Override
    public String toString() {
        return (index + 1) + "/" + count;
    }
}
