package org.yuqing.briefing.narrative;

import java.util.List;

/**
 * The words of the briefing made from its figures: the 一周研判 paragraph, the risk behind it, and what to watch
 * next week.
 */
public record BriefingNarrative(String assessment, RiskAssessment risk, List<String> watchList) {

    public BriefingNarrative {
        watchList = List.copyOf(watchList);
    }
}
