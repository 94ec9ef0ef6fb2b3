package org.yuqing.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo portal's dates: inside the demo week, the same all day, and the messages the same whatever the day. */
class DemoWeekTest {

    private static final Pattern ID = Pattern.compile("data-id=\"([^\"]+)\"");
    private static final Pattern TIME = Pattern.compile("(?:留言|答复)时间：(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Test
    void theWeekRunsFromLastMondayToTheStartOfToday() {
        DemoWeek onThursday = DemoWeek.endingOn(LocalDate.of(2026, 12, 10));
        assertThat(onThursday.start().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(onThursday.end().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        DemoWeek onMonday = DemoWeek.endingOn(LocalDate.of(2026, 12, 7));
        assertThat(onMonday.start().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void everyMessageAndReplyFallsInTheWeekAndAReplyAfterItsMessage() {
        DemoWeek week = DemoWeek.endingOn(LocalDate.of(2026, 12, 10));
        DemoMessages messages = DemoMessages.of(week);
        assertThat(messages.size()).isGreaterThan(500);
        for (int page = 1; page <= messages.pages(); page++) {
            for (String item : messages.page(page).split("<div class=\"message-item\"")) {
                Matcher times = TIME.matcher(item);
                List<LocalDateTime> found = new ArrayList<>();
                while (times.find()) {
                    found.add(LocalDateTime.parse(times.group(1), MINUTE));
                }
                for (LocalDateTime time : found) {
                    assertThat(time).isAfterOrEqualTo(week.start().toLocalDateTime()).isBefore(week.end().toLocalDateTime());
                }
                if (found.size() == 2) {
                    assertThat(found.get(1)).isAfter(found.get(0));
                }
            }
        }
        assertThat(messages.page(messages.pages() + 1)).isNull();
    }

    @Test
    void twoRunsOnOneDayServeTheSamePagesAndAnotherDayTheSameMessagesAtOtherTimes() {
        DemoMessages today = DemoMessages.of(DemoWeek.endingOn(LocalDate.of(2026, 12, 10)));
        DemoMessages againToday = DemoMessages.of(DemoWeek.endingOn(LocalDate.of(2026, 12, 10)));
        DemoMessages tomorrow = DemoMessages.of(DemoWeek.endingOn(LocalDate.of(2026, 12, 11)));
        assertThat(againToday.page(1)).isEqualTo(today.page(1));
        assertThat(ids(tomorrow)).containsExactlyInAnyOrderElementsOf(ids(today));
        assertThat(tomorrow.page(1)).isNotEqualTo(today.page(1));
    }

    @Test
    void handWrittenPagesGetTheirDatesFromTheWeek() {
        DemoDates dates = new DemoDates(DemoWeek.endingOn(LocalDate.of(2026, 12, 10)));
        assertThat(dates.fill("留言时间：{{S+1 09:12}}；发布日期：{{S-4 日}}；昨天{{E-1 20:12}}"))
                .isEqualTo("留言时间：2026-12-01 09:12；发布日期：2026年11月26日；昨天2026-12-09 20:12");
    }

    private static List<String> ids(DemoMessages messages) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= messages.pages(); page++) {
            Matcher m = ID.matcher(messages.page(page));
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
