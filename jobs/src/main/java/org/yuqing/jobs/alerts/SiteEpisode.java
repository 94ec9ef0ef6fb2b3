package org.yuqing.jobs.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;

/**
 * One episode of a site serving hijacked pages, from the first found until none was found for the quiet period:
 * the pages found (ids kept up to a bound, so that a re-crawl of a page does not count it twice), a few of their
 * URLs, what gave them away, and what was last sent. Plain Java; {@link HijackedSites} keeps one per host.
 *
 * @param pages       hijacked pages found in the episode
 * @param pageIds     the ids of the first {@link #MAX_IDS} of them
 * @param sentPages   pages when the last version was sent, 0 before the first
 * @param sentEvidence different kinds of evidence when the last version was sent
 */
public record SiteEpisode(String alertId, String host, String owner, long raisedAt, long lastFoundAt, int pages,
                          Set<String> pageIds, List<String> urls, List<String> evidence, long version, int sentPages,
                          int sentEvidence) {

    static final int MAX_IDS = 1_000;
    private static final int MAX_URLS = 5;
    private static final int MAX_EVIDENCE = 10;
    /** A government site serving gambling or porn spam is answered within the day. */
    private static final Duration TIME_TO_ANSWER = Duration.ofHours(24);

    public SiteEpisode {
        pageIds = Set.copyOf(pageIds);
        urls = List.copyOf(urls);
        evidence = List.copyOf(evidence);
    }

    /** The alert of an episode that subsided: enough to go on with it if the same hijack is found again. */
    record Ended(String alertId, long version) {
    }

    static SiteEpisode start(HijackedPage first, String owner) {
        return start(first, owner, null);
    }

    /**
     * @param ended the host's last episode that subsided, or null. The same hijack found again has the same alert
     *     id: its versions go on from there, so that the router reopens the alert rather than dropping the new
     *     episode's first version as a redelivery of one it holds.
     */
    static SiteEpisode start(HijackedPage first, String owner, Ended ended) {
        String id = AlertIds.siteHijacked(first.host(), first.documentId(), first.evidence());
        long version = ended != null && ended.alertId().equals(id) ? ended.version() : 0;
        return new SiteEpisode(id, first.host(), owner, first.foundAt(), first.foundAt(), 0, Set.of(), List.of(),
                List.of(), version, 0, 0).with(first);
    }

    Ended ended() {
        return new Ended(alertId, version);
    }

    SiteEpisode with(HijackedPage page) {
        if (pageIds.contains(page.documentId())) {
            return new SiteEpisode(alertId, host, owner, raisedAt, Math.max(lastFoundAt, page.foundAt()), pages,
                    pageIds, urls, evidence, version, sentPages, sentEvidence);
        }
        Set<String> ids = new LinkedHashSet<>(pageIds);
        if (ids.size() < MAX_IDS) {
            ids.add(page.documentId());
        }
        List<String> someUrls = new ArrayList<>(urls);
        if (someUrls.size() < MAX_URLS) {
            someUrls.add(page.url());
        }
        Set<String> reasons = new LinkedHashSet<>(evidence);
        page.evidence().stream().filter(e -> reasons.size() < MAX_EVIDENCE).forEach(reasons::add);
        return new SiteEpisode(alertId, host, owner, raisedAt, Math.max(lastFoundAt, page.foundAt()), pages + 1, ids,
                someUrls, List.copyOf(reasons), version, sentPages, sentEvidence);
    }

    /** A version is due for the first page, when the pages reach the next step, and when new evidence appears. */
    boolean due() {
        return sentPages == 0 || pages >= Steps.after(sentPages) || evidence.size() > sentEvidence;
    }

    SiteEpisode sent() {
        return new SiteEpisode(alertId, host, owner, raisedAt, lastFoundAt, pages, pageIds, urls, evidence,
                version + 1, pages, evidence.size());
    }

    long quietUntil(Duration quietPeriod) {
        return lastFoundAt + quietPeriod.toMillis();
    }

    Alert alert(AlertState state, long at) {
        String title = "网站页面被劫持：" + host + " 已发现" + pages + "个页面"
                + (state == AlertState.SUBSIDED ? "，近期未再发现" : "");
        AlertSeverity severity = pages >= 5 ? AlertSeverity.CRITICAL : AlertSeverity.HIGH;
        return new Alert(alertId, AlertType.SITE_HIJACKED, version, state, severity, title,
                Instant.ofEpochMilli(raisedAt).toString(), Instant.ofEpochMilli(at).toString(),
                Instant.ofEpochMilli(raisedAt).plus(TIME_TO_ANSWER).toString(), owner, null, null, null, null, null,
                null, null, null, new Alert.SiteDetails(host, pages, urls, evidence));
    }
}
