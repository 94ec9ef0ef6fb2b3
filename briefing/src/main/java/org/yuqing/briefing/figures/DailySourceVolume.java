package org.yuqing.briefing.figures;

import java.time.LocalDate;

/** Documents one source published on one day (Asia/Shanghai). */
public record DailySourceVolume(LocalDate day, String source, long count) {
}
