package org.yuqing.jobs.misreading;

import java.util.Arrays;

/**
 * Which runs of a comment a text contains word for word. People who write about a policy quote it (未经法制审核…
 * 不得作出, 公开、公正的方式随机抽取) even when the rest of what they write is their own story; a run of several
 * characters found in one policy and not in the others says which policy they read. Kept as the sorted runs of
 * {@value #GRAM} characters of the text, so that a comment is looked up in a few binary searches per character.
 */
final class QuotedRuns {

    /** Four characters: two words of two, the shortest run that is seldom shared by chance. */
    static final int GRAM = 4;

    /** Where a run would cross punctuation or space: no run of letters and digits packs to it. */
    static final long NONE = Long.MIN_VALUE;

    private final long[] grams;

    private QuotedRuns(long[] grams) {
        this.grams = grams;
    }

    static QuotedRuns of(String text) {
        long[] all = grams(text);
        long[] kept = Arrays.stream(all).filter(gram -> gram != NONE).sorted().distinct().toArray();
        return new QuotedRuns(kept);
    }

    /**
     * The runs of {@value #GRAM} characters of a text, one per position: a run across punctuation or space is
     * {@link #NONE}, since a quote ends there. Characters are UTF-16 units, 16 bits each, so four fit one long.
     */
    static long[] grams(String text) {
        int count = Math.max(0, text.length() - GRAM + 1);
        long[] grams = new long[count];
        int quotable = 0;
        long gram = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            gram = (gram << 16) | c;
            quotable = Character.isLetterOrDigit(c) ? quotable + 1 : 0;
            if (i >= GRAM - 1) {
                grams[i - GRAM + 1] = quotable >= GRAM ? gram : NONE;
            }
        }
        return grams;
    }

    /** The share of this text's distinct runs that the other text contains too: 1 when it is a copy of part of it. */
    double containedIn(QuotedRuns other) {
        if (grams.length == 0) {
            return 0;
        }
        int shared = 0;
        int j = 0;
        for (long gram : grams) {
            while (j < other.grams.length && other.grams[j] < gram) {
                j++;
            }
            if (j < other.grams.length && other.grams[j] == gram) {
                shared++;
            }
        }
        return (double) shared / grams.length;
    }

    /** What of a comment, given as its {@link #grams}, this text quotes. */
    Quote quote(long[] comment) {
        int found = 0;
        int counted = 0;
        int run = 0;
        int longest = 0;
        for (long gram : comment) {
            if (gram == NONE) {
                run = 0;
                continue;
            }
            counted++;
            if (Arrays.binarySearch(grams, gram) >= 0) {
                found++;
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        return new Quote(counted == 0 ? 0 : (double) found / counted, longest == 0 ? 0 : longest + GRAM - 1);
    }

    /**
     * @param share   the share of the comment's runs of {@value #GRAM} characters that the text contains
     * @param longest the longest stretch of the comment, in characters, whose every run the text contains
     */
    record Quote(double share, int longest) {
    }
}
