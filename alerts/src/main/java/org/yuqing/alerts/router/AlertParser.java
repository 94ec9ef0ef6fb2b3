package org.yuqing.alerts.router;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.json.Json;

/** Reads an alert from the topic, refusing one the router could not store or route, with the reason why. */
final class AlertParser {

    /** A record on the alerts topic that is not a usable alert; it goes to the dead-letter topic with the reason. */
    static final class InvalidAlertException extends Exception {
        InvalidAlertException(String reason) {
            super(reason);
        }
    }

    private AlertParser() {
    }

    static Alert parse(String json) throws InvalidAlertException {
        if (json == null || json.isBlank()) {
            throw new InvalidAlertException("empty record");
        }
        Alert alert;
        try {
            alert = Json.read(json, Alert.class);
        } catch (JsonProcessingException e) {
            throw new InvalidAlertException("not an alert in JSON: " + e.getOriginalMessage());
        }
        if (alert == null) {
            throw new InvalidAlertException("the record is JSON null");
        }
        if (alert.id() == null || alert.id().isBlank()) {
            throw new InvalidAlertException("the alert has no id");
        }
        if (alert.type() == null) {
            throw new InvalidAlertException("alert " + alert.id() + " has no type");
        }
        if (alert.state() == null) {
            throw new InvalidAlertException("alert " + alert.id() + " has no state");
        }
        if (alert.version() < 0) {
            throw new InvalidAlertException("alert " + alert.id() + " has a negative version " + alert.version());
        }
        return alert;
    }
}
