package org.yuqing.jobs.alerts;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.RawDocument;
import org.yuqing.jobs.eventtime.EventTime;

/**
 * A page the crawler found hijacked, for the site alerts keyed by host.
 *
 * @param foundAt when the crawler read it, epoch milliseconds: a hijack happens to an old page now, so its
 *     publication date says nothing about the episode
 */
public record HijackedPage(String host, String documentId, String url, List<String> evidence, long foundAt) {

    public HijackedPage {
        evidence = List.copyOf(evidence);
    }

    public static Optional<HijackedPage> of(AnalyzedDocument document) {
        RawDocument raw = document.raw();
        if (!raw.integrity().hijacked() || raw.url() == null) {
            return Optional.empty();
        }
        Optional<Long> found = EventTime.epochMillis(raw.fetchedAt()).or(() -> EventTime.of(raw));
        Optional<String> host = host(raw.url());
        if (found.isEmpty() || host.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HijackedPage(host.get(), raw.id(), raw.url(), raw.integrity().evidence(), found.get()));
    }

    private static Optional<String> host(String url) {
        try {
            URI uri = URI.create(url.strip());
            return Optional.ofNullable(uri.getHost()).map(h -> h.toLowerCase(Locale.ROOT)
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
