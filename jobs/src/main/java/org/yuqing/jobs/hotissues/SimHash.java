package org.yuqing.jobs.hotissues;

import java.nio.charset.StandardCharsets;

/**
 * Charikar's SimHash over character shingles: texts that differ by a few edits get fingerprints a few bits
 * apart. Characters, not words, so that a changed word boundary does not change the fingerprint.
 */
final class SimHash {

    static final int SHINGLE = 3;

    private SimHash() {
    }

    static long of(String text) {
        String normalized = normalize(text);
        int[] votes = new int[64];
        if (normalized.length() < SHINGLE) {
            return hash(normalized);
        }
        for (int i = 0; i + SHINGLE <= normalized.length(); i++) {
            long h = hash(normalized.substring(i, i + SHINGLE));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long fingerprint = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Letters and digits only: punctuation and spacing are what a re-post changes first. */
    static String normalize(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** FNV-1a, then SplitMix64's finaliser to spread FNV's weak high bits over all 64. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
