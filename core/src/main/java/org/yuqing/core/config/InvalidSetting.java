package org.yuqing.core.config;

/**
 * A value that a settings record refuses, thrown by the record's own constructor (see {@link SettingChecks}). The
 * key is relative to the record; {@link YamlSettings} adds the file and the path to it, and turns this into a
 * {@link ConfigurationException}. Outside a file (a test, a command-line flag) it is a plain
 * {@link IllegalArgumentException}.
 */
public class InvalidSetting extends IllegalArgumentException {

    private final String key;
    private final String expected;
    private final String found;

    /**
     * @param key the key within the record, or empty for the record itself
     * @param expected what a good value looks like, phrased to follow the key ("must be ...")
     * @param found the value given, or null to repeat nothing (a secret, or nothing given)
     */
    public InvalidSetting(String key, String expected, String found) {
        super("'" + key + "' " + expected + (found == null ? "" : ", found: " + found));
        this.key = key;
        this.expected = expected;
        this.found = found;
    }

    public String key() {
        return key;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }
}
