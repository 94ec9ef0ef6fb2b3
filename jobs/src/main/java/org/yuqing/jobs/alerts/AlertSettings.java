package org.yuqing.jobs.alerts;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.yuqing.jobs.interpretation.WorkingDays;

/**
 * When the analysis job raises, updates and ends alerts. Read from the {@code alerts} section of the job's YAML
 * settings by {@link AlertSettingsReader}; every value has a default.
 *
 * @param outOfOrderness how late a document may arrive after one published later and still count where it
 *     belongs; event time (the publication) stands that far behind the newest document seen
 */
public record AlertSettings(Duration outOfOrderness, MisreadingThresholds misreading,
                            InterpretationDeadline interpretation, SiteWatch sites) implements Serializable {

    public static final AlertSettings DEFAULTS = new AlertSettings(Duration.ofHours(6),
            MisreadingThresholds.DEFAULTS, InterpretationDeadline.DEFAULTS, SiteWatch.DEFAULTS);

    /**
     * When comments that misread one clause become an alert. It is raised when {@code minCount} of them were
     * written in the last {@code window}, or earlier, at {@code earlyCount}, when that is at least {@code minGrowth}
     * times the window before (a misreading that simmered and now spreads). It is updated when the count reaches
     * the next of 10, 20, 50, 100, ... or its severity or trend changes, and ends ({@code subsided}) when no
     * comment misread the clause for {@code quietPeriod}.
     */
    public record MisreadingThresholds(Duration window, int minCount, int earlyCount, double minGrowth,
                                       Duration quietPeriod) implements Serializable {

        public static final MisreadingThresholds DEFAULTS =
                new MisreadingThresholds(Duration.ofHours(24), 5, 3, 2.0, Duration.ofHours(48));

        public MisreadingThresholds {
            if (window.isZero() || window.isNegative() || quietPeriod.isZero() || quietPeriod.isNegative()) {
                throw new IllegalArgumentException("window and quiet period must be positive");
            }
            if (minCount < 1 || earlyCount < 1 || minGrowth < 1) {
                throw new IllegalArgumentException("counts must be at least 1 and growth at least 1.0");
            }
        }
    }

    /**
     * How long a drafting body has to publish a policy's interpretation: {@code workingDays} after the policy,
     * counted on a calendar of Monday to Friday minus {@code holidays} plus {@code workedWeekendDays} (调休).
     */
    public record InterpretationDeadline(int workingDays, Set<LocalDate> holidays, Set<LocalDate> workedWeekendDays)
            implements Serializable {

        public static final InterpretationDeadline DEFAULTS = new InterpretationDeadline(3, Set.of(), Set.of());

        public InterpretationDeadline {
            if (workingDays < 0) {
                throw new IllegalArgumentException("working days must not be negative: " + workingDays);
            }
            holidays = Set.copyOf(holidays);
            workedWeekendDays = Set.copyOf(workedWeekendDays);
        }

        public WorkingDays calendar() {
            return new WorkingDays(holidays, workedWeekendDays);
        }
    }

    /**
     * Hijacked sites: an episode ends when no hijacked page of the host was found for {@code quietPeriod}.
     *
     * @param owners the body that runs each host, told about its hijacked pages; a host not listed is named itself
     */
    public record SiteWatch(Duration quietPeriod, Map<String, String> owners) implements Serializable {

        public static final SiteWatch DEFAULTS = new SiteWatch(Duration.ofDays(7), Map.of());

        public SiteWatch {
            if (quietPeriod.isZero() || quietPeriod.isNegative()) {
                throw new IllegalArgumentException("the quiet period must be positive");
            }
            owners = Map.copyOf(owners);
        }

        public String ownerOf(String host) {
            return owners.getOrDefault(host, host);
        }
    }
}
