package org.yuqing.core.config;

/** A configuration mistake, worded so that the user can fix it: which file, which key, what was expected. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String file, String key, String expected, String found) {
        super(file + ": '" + key + "' " + expected + (found == null ? "" : ", found: " + found));
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
