package org.yuqing.jobs.hotissues;

import java.io.Serializable;

/**
 * When two messages are one matter.
 *
 * @param nearDuplicateBits SimHash bits two re-posts of one text may differ by; at most 3, the banded index
 *     finds every pair within 3 bits and no further
 * @param minCosine TF-IDF cosine between a message and an issue's words above which it joins the issue
 * @param maxObjectShare the share of issues a word may appear in and still name the object of an issue
 *     (a housing estate, a road, a case): two messages join only when they share such a word
 * @param minObjectIssues below this many issues, any shared word may name the object
 * @param maxCommonFrequency the most times a word may occur in HanLP's core dictionary corpus and still name
 *     an object (小区 35, 力度 225, 搅拌站 0)
 */
public record ClusteringSettings(int nearDuplicateBits, double minCosine, double maxObjectShare,
        int minObjectIssues,
        int maxCommonFrequency) implements Serializable {

    public static final ClusteringSettings DEFAULTS = new ClusteringSettings(3, 0.35, 0.02, 4, 30);

    public ClusteringSettings {
        if (nearDuplicateBits < 0 || nearDuplicateBits > 3) {
            throw new IllegalArgumentException("nearDuplicateBits must be 0..3, was " + nearDuplicateBits);
        }
    }
}
