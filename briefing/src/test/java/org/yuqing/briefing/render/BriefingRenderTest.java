package org.yuqing.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.yuqing.briefing.Briefing;
import org.yuqing.briefing.SampleWeeks;
import org.yuqing.briefing.WeeklyBriefing;

class BriefingRenderTest {

    private final WeeklyBriefing briefing = new WeeklyBriefing(null, CjkFont.locate(null, Map.of()),
            Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void theHtmlIsWellFormedAndThePdfSaysTheSame() throws Exception {
        Briefing written = briefing.render(SampleWeeks.busy());

        assertThat(written.html()).contains("120条", "80条", "较上周增长50.0%", "劳动和社会保障", "北京市交通委员会",
                "毕业两年内的高校毕业生可申领一次性求职补贴", "www.example.gov.cn", "data:image/png;base64,");
        try (PDDocument pdf = Loader.loadPDF(written.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("舆情周报", "120条", "较上周增长50.0%", "劳动和社会保障", "北京市交通委员会");
        }
    }
}
