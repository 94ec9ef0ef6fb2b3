package org.yuqing.jobs.hotissues;

import java.util.List;
import org.yuqing.jobs.regions.AdministrativeLevel;
import org.yuqing.jobs.regions.PlaceNormalizer;
import org.yuqing.jobs.teddy.TeddyMessage;
import org.yuqing.jobs.text.ChineseSegmenter;

/**
 * Teddy messages as the analysis job would hand them over: tokens as AnalyzeDocument makes them, the place
 * from the text within the board's city (A市), no sentiment.
 */
public final class TeddyHotIssueInputs {

    public static final String REGION = "A市";

    private TeddyHotIssueInputs() {
    }

    public static List<HotIssueInput> of(List<TeddyMessage> messages) {
        ChineseSegmenter segmenter = new ChineseSegmenter();
        PlaceNormalizer places = new PlaceNormalizer(AdministrativeLevel.DISTRICT);
        return messages.stream().map(m -> {
            String subject = segmenter.toSimplified(m.subject() == null ? "" : m.subject());
            String text = segmenter.toSimplified(m.detail()).strip();
            String tokens = String.join(" ", segmenter.words(subject + "\n" + text));
            return new HotIssueInput(m.id(), subject, text, tokens, m.user(), REGION,
                    places.normalize(subject + "\n" + text, REGION), m.time().toEpochMilli(), m.likes(),
                    m.dislikes(), 0, null);
        }).toList();
    }
}
