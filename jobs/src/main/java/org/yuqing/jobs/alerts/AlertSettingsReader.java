package org.yuqing.jobs.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.yuqing.core.config.ConfigurationException;
import org.yuqing.core.config.Durations;
import org.yuqing.core.config.SettingsLoader;

/**
 * Reads {@link AlertSettings} from the {@code alerts} section of the job's settings file. A key left out keeps its
 * default; an unknown key or a bad value fails with the file, the key and what was expected.
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
 */
public final class AlertSettingsReader {

    private static final String SECTION = "alerts";

    private final String file;

    private AlertSettingsReader(String file) {
        this.file = file;
    }

    /** The settings in the file, or the defaults when there is no file or no {@code alerts} section. */
    public static AlertSettings read(Path file) {
        JsonNode section = SettingsLoader.section(file, SECTION);
        return file == null ? AlertSettings.DEFAULTS : new AlertSettingsReader(file.toString()).settings(section);
    }

    AlertSettings settings(JsonNode section) {
        if (section.isMissingNode() || section.isNull()) {
            return AlertSettings.DEFAULTS;
        }
        mapping(SECTION, section, Set.of("out_of_orderness", "misreading", "interpretation", "sites"));
        AlertSettings defaults = AlertSettings.DEFAULTS;
        return new AlertSettings(
                duration(section, SECTION + ".out_of_orderness", defaults.outOfOrderness()),
                misreading(section.path("misreading"), SECTION + ".misreading"),
                interpretation(section.path("interpretation"), SECTION + ".interpretation"),
                sites(section.path("sites"), SECTION + ".sites"));
    }

    private AlertSettings.MisreadingThresholds misreading(JsonNode node, String key) {
        AlertSettings.MisreadingThresholds defaults = AlertSettings.MisreadingThresholds.DEFAULTS;
        if (!given(key, node, Set.of("window", "min_count", "early_count", "min_growth", "quiet_period"))) {
            return defaults;
        }
        double growth = node.has("min_growth") ? number(node.get("min_growth"), key + ".min_growth") : defaults.minGrowth();
        return new AlertSettings.MisreadingThresholds(
                positiveDuration(node, key + ".window", defaults.window()),
                count(node, key + ".min_count", defaults.minCount(), 1),
                count(node, key + ".early_count", defaults.earlyCount(), 1),
                growth,
                positiveDuration(node, key + ".quiet_period", defaults.quietPeriod()));
    }

    private AlertSettings.InterpretationDeadline interpretation(JsonNode node, String key) {
        AlertSettings.InterpretationDeadline defaults = AlertSettings.InterpretationDeadline.DEFAULTS;
        if (!given(key, node, Set.of("working_days", "holidays", "worked_weekend_days"))) {
            return defaults;
        }
        return new AlertSettings.InterpretationDeadline(count(node, key + ".working_days", defaults.workingDays(), 0),
                dates(node.path("holidays"), key + ".holidays"),
                dates(node.path("worked_weekend_days"), key + ".worked_weekend_days"));
    }

    private AlertSettings.SiteWatch sites(JsonNode node, String key) {
        AlertSettings.SiteWatch defaults = AlertSettings.SiteWatch.DEFAULTS;
        if (!given(key, node, Set.of("quiet_period", "owners"))) {
            return defaults;
        }
        Map<String, String> owners = new LinkedHashMap<>();
        JsonNode given = node.path("owners");
        if (!given.isMissingNode()) {
            mapping(key + ".owners", given, null);
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> owner = it.next();
                if (!owner.getValue().isTextual() || owner.getValue().asText().isBlank()) {
                    throw fail(key + ".owners." + owner.getKey(), "must be the name of the body that runs the host",
                            owner.getValue().toString());
                }
                owners.put(owner.getKey().strip(), owner.getValue().asText().strip());
            }
        }
        return new AlertSettings.SiteWatch(positiveDuration(node, key + ".quiet_period", defaults.quietPeriod()), owners);
    }

    /** Whether the sub-section is in the file; when it is, it must be a mapping of known keys. */
    private boolean given(String key, JsonNode node, Set<String> known) {
        if (node.isMissingNode()) {
            return false;
        }
        mapping(key, node, known);
        return true;
    }

    private void mapping(String key, JsonNode node, Set<String> known) {
        if (!node.isObject()) {
            throw fail(key, "must be a mapping", node.toString());
        }
        if (known == null) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw fail(key + "." + name, "is not a known key; expected one of " + new java.util.TreeSet<>(known), null);
            }
        }
    }

    private Duration duration(JsonNode parent, String key, Duration fallback) {
        JsonNode node = parent.path(key.substring(key.lastIndexOf('.') + 1));
        if (node.isMissingNode()) {
            return fallback;
        }
        String value = node.asText();
        return Durations.parse(value).orElseThrow(() -> fail(key, Durations.EXPECTED, node.toString()));
    }

    private Duration positiveDuration(JsonNode parent, String key, Duration fallback) {
        Duration value = duration(parent, key, fallback);
        if (value.isZero() || value.isNegative()) {
            throw fail(key, "must be a duration above zero", value.toString());
        }
        return value;
    }

    private int count(JsonNode parent, String key, int fallback, int min) {
        JsonNode node = parent.path(key.substring(key.lastIndexOf('.') + 1));
        if (node.isMissingNode()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min) {
            throw fail(key, "must be a whole number of at least " + min, node.toString());
        }
        return node.asInt();
    }

    private double number(JsonNode node, String key) {
        if (!node.isNumber() || node.asDouble() < 1) {
            throw fail(key, "must be a number of at least 1.0 (how many times the window before)", node.toString());
        }
        return node.asDouble();
    }

    private Set<LocalDate> dates(JsonNode node, String key) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        if (node.isMissingNode()) {
            return dates;
        }
        if (!node.isArray()) {
            throw fail(key, "must be a list of dates such as [2027-01-01]", node.toString());
        }
        for (JsonNode day : node) {
            try {
                dates.add(LocalDate.parse(day.asText()));
            } catch (DateTimeParseException e) {
                throw fail(key, "must be a list of dates such as [2027-01-01]", day.toString());
            }
        }
        return dates;
    }

    private ConfigurationException fail(String key, String expected, String found) {
        return new ConfigurationException(file, key, expected, found);
    }
}
