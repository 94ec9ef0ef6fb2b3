package org.yuqing.core.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks that settings records make in their constructors, each worded the same way wherever a value is
 * read: "must be ...". They throw {@link InvalidSetting}, which {@link YamlSettings} reports with the file and key.
 */
public final class SettingChecks {

    private SettingChecks() {
    }

    public static <T> T required(String key, T value, String expected) {
        if (value == null) {
            throw new InvalidSetting(key, "is required; it " + expected, "nothing");
        }
        return value;
    }

    /** The text stripped, or null when none was given; blank text is a mistake, not an absence. */
    public static String text(String key, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new InvalidSetting(key, "must be a non-empty string", "''");
        }
        return value.strip();
    }

    public static int atLeast(String key, int value, int min) {
        if (value < min) {
            throw new InvalidSetting(key, "must be a whole number of at least " + min, String.valueOf(value));
        }
        return value;
    }

    public static int between(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidSetting(key, "must be a whole number from " + min + " to " + max, String.valueOf(value));
        }
        return value;
    }

    public static Duration positive(String key, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new InvalidSetting(key, "must be a duration above zero", value.toString());
        }
        return value;
    }

    /** An http:// or https:// URL with a host, or null when none was given. */
    public static URI httpUrl(String key, String value) {
        String text = text(key, value);
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below with the key
        }
        throw new InvalidSetting(key, "must be an http:// or https:// URL with a host", text);
    }

    /** A secret that a file must not hold: the value is never repeated, so that it reaches no log. */
    public static void absent(String key, Object value, String instead) {
        if (value != null) {
            throw new InvalidSetting(key, "must not be in a file; " + instead, null);
        }
    }

    /** Lists read from a file: absent is empty, and nothing in them is null. */
    public static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    public static String oneOf(Set<String> choices) {
        return "one of " + new TreeSet<>(choices);
    }
}
