package org.yuqing.briefing.figures;

import java.util.List;

/**
 * One of the week's hot issues, as the analysis job last indexed it.
 *
 * @param count  messages in the issue's latest window that took one in (the 7 days up to its latest news)
 * @param trend  growth of its message rate at the end of the window: 0 steady, 1 doubled, negative falling
 * @param quotes one or two representative messages, masked before they were indexed
 * @param seenTheWeekBefore whether its first message came before the week, so that its trend compares with something
 */
public record HotIssueFigure(String title, String region, int count, int authors, double trend, double heat,
                             Double negativeShare, List<String> quotes, boolean seenTheWeekBefore) {

    public HotIssueFigure {
        quotes = List.copyOf(quotes);
    }
}
