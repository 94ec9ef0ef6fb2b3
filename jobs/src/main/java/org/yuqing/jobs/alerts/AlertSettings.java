package org.yuqing.jobs.alerts;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.yuqing.core.config.InvalidSetting;
import org.yuqing.core.config.SettingChecks;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.core.config.YamlSettings;
import org.yuqing.jobs.interpretation.WorkingDays;

/**
 * When the analysis job raises, updates and ends alerts: the {@code alerts} section of the job's YAML settings,
 * whose keys are these records' components in snake_case. A key left out keeps its default.
 *
 * <pre>
 * alerts:
 *   out_of_orderness: 6h
 *   misreading:
 *     window: 24h          # the trend compares the last window with the one before
 *     min_count: 5         # comments in the last window that raise an alert
 *     early_count: 3       # ... or this many, when at least min_growth times the window before
 *     min_growth: 2.0
 *     quiet_period: 48h    # no new misreading for this long: the alert subsides
 *   interpretation:
 *     working_days: 3      # after publication, before a missing interpretation is reported
 *     holidays: [2027-01-01]
 *     worked_weekend_days: [2027-02-07]
 *   sites:
 *     quiet_period: 7d
 *     owners:
 *       www.example.gov.cn: 示例市人民政府办公室
 * </pre>
 *
 * @param outOfOrderness how late a document may arrive after one published later and still count where it
 *     belongs; event time (the publication) stands that far behind the newest document seen
 */
public record AlertSettings(Duration outOfOrderness, MisreadingThresholds misreading,
                            InterpretationDeadline interpretation, SiteWatch sites) implements Serializable {

    public static final AlertSettings DEFAULTS = new AlertSettings(Duration.ofHours(6),
            MisreadingThresholds.DEFAULTS, InterpretationDeadline.DEFAULTS, SiteWatch.DEFAULTS);

    private static final String SECTION = "alerts";

    public AlertSettings {
        SettingChecks.required("out_of_orderness", outOfOrderness, "must be a duration");
    }

    /** The {@code alerts} section of the settings file, or the defaults when there is no file or no section. */
    public static AlertSettings read(Path file) {
        return file == null ? DEFAULTS
                : YamlSettings.bind(file.toString(), SECTION, SettingsLoader.section(file, SECTION), DEFAULTS);
    }

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
            SettingChecks.positive("window", SettingChecks.required("window", window, "must be a duration"));
            SettingChecks.positive("quiet_period", SettingChecks.required("quiet_period", quietPeriod, "must be a duration"));
            SettingChecks.atLeast("min_count", minCount, 1);
            SettingChecks.atLeast("early_count", earlyCount, 1);
            if (minGrowth < 1) {
                throw new InvalidSetting("min_growth", "must be a number of at least 1.0 (how many times the window before)",
                        String.valueOf(minGrowth));
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
            SettingChecks.atLeast("working_days", workingDays, 0);
            holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
            workedWeekendDays = workedWeekendDays == null ? Set.of() : Set.copyOf(workedWeekendDays);
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
            SettingChecks.positive("quiet_period", SettingChecks.required("quiet_period", quietPeriod, "must be a duration"));
            owners = owners == null ? Map.of() : Map.copyOf(owners);
            owners.forEach((host, owner) -> {
                if (owner == null || owner.isBlank()) {
                    throw new InvalidSetting("owners." + host, "must be the name of the body that runs the host", owner);
                }
            });
        }

        public String ownerOf(String host) {
            return owners.getOrDefault(host, host);
        }
    }
}
