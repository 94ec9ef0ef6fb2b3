package org.yuqing.briefing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yuqing.briefing.figures.WeekFigures;
import org.yuqing.briefing.narrative.BriefingNarrative;
import org.yuqing.briefing.week.BriefingWeek;

/** One week's briefing, in both forms, with the figures and words it was made from. */
public record Briefing(WeekFigures figures, BriefingNarrative narrative, String html, byte[] pdf) {

    public BriefingWeek week() {
        return figures.week();
    }

    /** {@code yuqing-briefing-2026-W47}, and the region after it when the briefing is for one. */
    public String baseName() {
        String region = figures.region();
        return "yuqing-briefing-" + week().label() + (region == null ? "" : "-" + region.replaceAll("[\\\\/:*?\"<>|\\s]", "_"));
    }

    /** Writes the PDF and the HTML into a directory, creating it, and says where. */
    public BriefingFiles saveTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path pdfFile = directory.resolve(baseName() + ".pdf");
        Path htmlFile = directory.resolve(baseName() + ".html");
        Files.write(pdfFile, pdf);
        Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
        return new BriefingFiles(pdfFile, htmlFile);
    }
}
