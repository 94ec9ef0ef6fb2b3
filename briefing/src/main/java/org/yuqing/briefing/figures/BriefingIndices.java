package org.yuqing.briefing.figures;

import java.util.Objects;
import org.yuqing.core.naming.IndexNames;

/**
 * Where the briefing reads from: the documents (an alias or a pattern), the hot issues and the alerts. The
 * defaults are the production names; a test or a second deployment points the briefing at its own indices.
 */
public record BriefingIndices(String documents, String hotIssues, String alerts) {

    /** The analysis job's hot-issue index (HotIssueIndexing in the jobs module). */
    public static final String HOT_ISSUES = "yuqing-hot-issues";

    public static final BriefingIndices DEFAULT =
            new BriefingIndices(IndexNames.DOCUMENTS_ALIAS, HOT_ISSUES, IndexNames.ALERTS);

    public BriefingIndices {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(hotIssues, "hotIssues");
        Objects.requireNonNull(alerts, "alerts");
    }
}
