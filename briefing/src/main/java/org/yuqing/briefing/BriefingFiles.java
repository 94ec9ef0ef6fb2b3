package org.yuqing.briefing;

import java.nio.file.Path;

/** Where a briefing was written: the PDF for reading and printing, the HTML for a browser or a mail body. */
public record BriefingFiles(Path pdf, Path html) {
}
