package org.yuqing.jobs.hotissues;

import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.jobs.eventtime.EventTime;
import org.yuqing.jobs.regions.AdministrativeLevel;
import org.yuqing.jobs.regions.Place;
import org.yuqing.jobs.regions.PlaceNormalizer;

/**
 * What hot-issue mining takes from an analysed document: citizens' messages and comments only (policies and
 * replies are not what the public raises), and only those with a publication date, which is their event time.
 * A document without a sentiment counts as neither negative nor positive.
 */
public final class ToHotIssueInput implements FlatMapFunction<AnalyzedDocument, HotIssueInput> {

    private static final long serialVersionUID = 1L;

    private final PlaceNormalizer places;
    private final AdministrativeLevel regionLevel;

    /** @param regionLevel the level issues are mined within: no issue spans two places of this level */
    public ToHotIssueInput(AdministrativeLevel regionLevel) {
        this.places = new PlaceNormalizer(AdministrativeLevel.DISTRICT);
        this.regionLevel = regionLevel;
    }

    @Override
    public void flatMap(AnalyzedDocument document, Collector<HotIssueInput> out) {
        RawDocument raw = document.raw();
        if (raw.kind() != DocumentKind.MESSAGE && raw.kind() != DocumentKind.COMMENT) {
            return;
        }
        Optional<Long> publishedAt = EventTime.epochMillis(raw.publishedAt());
        if (publishedAt.isEmpty()) {
            return;
        }
        // a comment's title is its page's: comments on one page about different matters must not share a title
        String subject = raw.subject() != null ? raw.subject() : DocumentKind.writersTitle(raw.kind(), raw.title());
        String text = document.cleanText() != null ? document.cleanText() : raw.text();
        Place place = places.place((subject == null ? "" : subject) + "\n" + (text == null ? "" : text),
                document.places() == null ? List.of() : document.places(), raw.region());
        out.collect(new HotIssueInput(raw.id(), subject, text, document.tokens(), raw.author(),
                place.isUnknown() ? null : place.at(regionLevel),
                place.isUnknown() ? null : place.at(AdministrativeLevel.DISTRICT),
                publishedAt.get(), orZero(raw.likes()), 0, orZero(raw.reposts()),
                document.sentiment() == null ? null : "negative".equals(document.sentiment())));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
