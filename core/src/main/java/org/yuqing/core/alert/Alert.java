package org.yuqing.core.alert;

import java.util.List;
import java.util.Map;

/**
 * What the analysis job tells the alert router, on the topic {@code yuqing.alerts}, keyed by {@link #id()}. The
 * job sends a new version of the same alert while it grows and a last one with {@link AlertState#SUBSIDED} when it
 * dies down; the router keeps one document per id in the index {@code yuqing-alerts}, adds its lifecycle
 * ({@link AlertLifecycle}) and delivers it. Times are ISO-8601 instants in UTC.
 *
 * @param id         stable over the alert's life: the same misread clause in the same episode keeps its id
 * @param type       what raised it
 * @param version    grows with every update the job sends, so that an older update never overwrites a newer one
 * @param state      whether the matter is still growing ({@code active}) or has died down ({@code subsided})
 * @param severity   how urgent, which sets how long the responsible body has to answer
 * @param title      one line for a mail subject or a table row, in Chinese
 * @param responsibleBody the body that must answer (谁起草、谁解读; the site's owner for a hijacked page)
 * @param issuer     the body that issued the policy, for routing; null for site alerts
 * @param topic      the topic of the comments or of the policy, for routing; may be null
 * @param region     the region, for routing; may be null
 * @param misreading what is misread, for {@link AlertType#MISREADING}; null otherwise
 * @param interpretation the missing interpretation, for {@link AlertType#INTERPRETATION_MISSING}; null otherwise
 * @param site       the hijacked site, for {@link AlertType#SITE_HIJACKED}; null otherwise
 */
public record Alert(String id, AlertType type, long version, AlertState state, AlertSeverity severity, String title,
                    String raisedAt, String updatedAt, String responseDeadline, String responsibleBody, String issuer,
                    String topic, String region, String policyId, String policyTitle, String docNo,
                    MisreadingDetails misreading, InterpretationDetails interpretation, SiteDetails site) {

    /**
     * A clause people misread: the clause quoted, what they get wrong and how many, how fast, how far it reaches,
     * three (masked) comments in their words, the interpretation passage that answers it and a clarification.
     *
     * @param kind         the most frequent kind: contradiction, overgeneralization, rumor or confusion
     * @param count        comments that misread the clause in this episode
     * @param lastWindow   of those, written in the last window
     * @param previousWindow written in the window before it
     * @param trend        rising, steady or falling
     * @param negativeShare the share of those comments with negative sentiment, 0 to 1
     * @param interpretationPassage null when the policy has no interpretation that answers it
     */
    public record MisreadingDetails(String clauseId, String clause, String kind, int count, Map<String, Integer> countsByKind,
                                    int lastWindow, int previousWindow, String trend, long likes, long reposts,
                                    long replies, double negativeShare, List<String> examples,
                                    List<String> exampleIds, String interpretationPassage,
                                    String suggestedClarification) {
        public MisreadingDetails {
            countsByKind = countsByKind == null ? Map.of() : Map.copyOf(countsByKind);
            examples = examples == null ? List.of() : List.copyOf(examples);
            exampleIds = exampleIds == null ? List.of() : List.copyOf(exampleIds);
        }
    }

    /** A policy published without its interpretation within the time allowed. Dates are ISO local dates. */
    public record InterpretationDetails(String publishedAt, String dueBy, int workingDaysOverdue) {
    }

    /** A site whose pages were found hijacked: how many, a few of them, and what gave it away. */
    public record SiteDetails(String host, int pages, List<String> urls, List<String> evidence) {
        public SiteDetails {
            urls = urls == null ? List.of() : List.copyOf(urls);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }
}
