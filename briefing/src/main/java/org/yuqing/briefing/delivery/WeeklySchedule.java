package org.yuqing.briefing.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * When the running service writes and sends the briefing: every Monday at a set time in China (08:00 by
 * default), for the week that ended at midnight.
 */
public record WeeklySchedule(DayOfWeek day, LocalTime time) {

    public static final WeeklySchedule MONDAY_MORNING = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(8, 0));

    /** The first run strictly after {@code now}. */
    public Instant nextRunAfter(Instant now) {
        ZonedDateTime local = now.atZone(BriefingWeek.ZONE);
        ZonedDateTime candidate = local.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = candidate.plusWeeks(1);
        }
        return candidate.toInstant();
    }

    /** The week a run at {@code runAt} reports on: the last one complete by then. */
    public BriefingWeek weekFor(Instant runAt) {
        return BriefingWeek.lastCompleteBefore(runAt);
    }
}
