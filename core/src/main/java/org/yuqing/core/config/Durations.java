package org.yuqing.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in YAML files: 500ms, 90s, 30m, 6h, 1d, or ISO-8601 such as PT6H. */
public final class Durations {

    /** What a configuration error says was expected. */
    public static final String EXPECTED = "must be a duration such as 500ms, 90s, 30m, 6h, 1d or PT6H";

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration, or empty when the text is not one; a bare number is seconds. */
    public static Optional<Duration> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            value = value + "s";
        }
        Matcher m = SHORT.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        try {
            return Optional.of(Duration.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
