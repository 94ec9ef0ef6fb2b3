package org.yuqing.briefing.figures;

import java.util.List;

/**
 * A policy published in the week or talked about in it.
 *
 * @param publishedThisWeek whether the policy itself came out in the week
 * @param mentions          messages and comments of the week linked to it
 * @param misreadings       of those, the ones that misread one of its clauses
 * @param misreadClauses    its misread clauses, most misread first
 */
public record PolicyFigure(String id, String title, String docNo, String issuer, boolean publishedThisWeek,
                           long mentions, long misreadings, List<MisreadClause> misreadClauses) {

    public PolicyFigure {
        misreadClauses = List.copyOf(misreadClauses);
    }

    /** A clause quoted as the policy words it, how often it was misread in the week and mostly how. */
    public record MisreadClause(String clause, long count, String mainKind) {
    }
}
