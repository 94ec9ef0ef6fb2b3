package org.yuqing.briefing.charts;

/** A chart drawn as PNG, carried as a data URI so the HTML stands alone and the PDF embeds it. */
public record ChartImage(String title, String dataUri) {
}
