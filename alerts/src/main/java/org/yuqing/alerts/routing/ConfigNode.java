package org.yuqing.alerts.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yuqing.core.config.ConfigurationException;

/**
 * A node of a YAML file that knows where it stands (file and dotted key), so that every mistake is reported as
 * "file: 'key' expected ..., found: ..." and the user can go straight to it.
 */
record ConfigNode(String file, String path, JsonNode node) {

    ConfigNode child(String key) {
        return new ConfigNode(file, path.isEmpty() ? key : path + "." + key, node.path(key));
    }

    boolean present() {
        return !node.isMissingNode() && !node.isNull();
    }

    ConfigurationException error(String expected) {
        return new ConfigurationException(file, path.isEmpty() ? "(top level)" : path, expected,
                present() ? node.toString() : null);
    }

    /** The same, without repeating the value: for a secret, which must not reach a log or a terminal. */
    ConfigurationException errorHidingValue(String expected) {
        return new ConfigurationException(file, path, expected, null);
    }

    /** Fails on any key not in {@code known}: a misspelt key would otherwise be silently ignored. */
    void onlyKeys(Set<String> known) {
        if (!node.isObject()) {
            throw error("must be a mapping");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!known.contains(key)) {
                throw child(key).error("is not a known key; expected one of " + known);
            }
        }
    }

    String text() {
        if (!node.isTextual() && !node.isNumber()) {
            throw error(present() ? "must be a string" : "is missing; it must be a non-empty string");
        }
        String text = node.asText().trim();
        if (text.isEmpty()) {
            throw error("must be a non-empty string");
        }
        return text;
    }

    String optionalText() {
        return present() ? text() : null;
    }

    int integer(int defaultValue, int min, int max) {
        if (!present()) {
            return defaultValue;
        }
        if (!node.isInt() || node.asInt() < min || node.asInt() > max) {
            throw error("must be a whole number from " + min + " to " + max);
        }
        return node.asInt();
    }

    List<ConfigNode> items() {
        if (!node.isArray()) {
            throw error(present() ? "must be a list" : "is missing; it must be a list");
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new ConfigNode(file, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    /** A list of strings, or a single string; empty when absent. */
    Set<String> texts() {
        if (!present()) {
            return Set.of();
        }
        if (node.isTextual()) {
            return Set.of(text());
        }
        Set<String> values = new LinkedHashSet<>();
        for (ConfigNode item : items()) {
            values.add(item.text());
        }
        return values;
    }
}
