package org.yuqing.briefing.figures;

import java.util.List;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * Everything the briefing says, counted by Elasticsearch for one week (and the week before, for comparison), for
 * all regions or one. Narrative, charts and pages are made from this record alone.
 *
 * @param region null for all regions
 */
public record WeekFigures(BriefingWeek week, String region, DocumentMix thisWeek, DocumentMix lastWeek,
                          List<HotIssueFigure> hotIssues, List<PolicyFigure> policies, AlertFigures alerts,
                          List<HijackedSite> hijackedSites) {

    public WeekFigures {
        hotIssues = List.copyOf(hotIssues);
        policies = List.copyOf(policies);
        hijackedSites = List.copyOf(hijackedSites);
    }

    public WeekOnWeek volume() {
        return new WeekOnWeek(thisWeek.total(), lastWeek.total());
    }

    public WeekOnWeek negatives() {
        return new WeekOnWeek(thisWeek.negative(), lastWeek.negative());
    }

    public WeekOnWeek misreadings() {
        return new WeekOnWeek(thisWeek.misread(), lastWeek.misread());
    }

    /** Nothing was written, raised or found in the week: the briefing says so briefly. */
    public boolean quiet() {
        return thisWeek.total() == 0 && hotIssues.isEmpty() && policies.isEmpty() && alerts.raised() == 0
                && alerts.overdue().isEmpty() && hijackedSites.isEmpty();
    }
}
