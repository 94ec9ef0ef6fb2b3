package org.yuqing.jobs.interpretation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts working days the way Chinese offices do: Monday to Friday, minus public holidays, plus the weekend days
 * that are worked in exchange (调休, 2019年2月2日（星期六）上班).
 */
public record WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workedWeekendDays) {

    public WorkingDays {
        holidays = Set.copyOf(holidays);
        workedWeekendDays = Set.copyOf(workedWeekendDays);
    }

    public static WorkingDays mondayToFriday() {
        return new WorkingDays(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workedWeekendDays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The day that is {@code count} working days after {@code start} (start itself not counted). */
    public LocalDate plus(LocalDate start, int count) {
        LocalDate day = start;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
