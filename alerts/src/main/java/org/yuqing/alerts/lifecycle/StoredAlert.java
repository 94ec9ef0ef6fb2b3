package org.yuqing.alerts.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertLifecycle.Notification;
import org.yuqing.core.alert.AlertLifecycle;
import org.yuqing.core.alert.AlertStatus;
import org.yuqing.core.json.Json;

/**
 * The document kept per alert in {@code yuqing-alerts}: the fields of {@link Alert} and of {@link AlertLifecycle}
 * side by side at the top level (no field name is shared), so that a dashboard filters on {@code status} and
 * {@code responsible_body} alike.
 */
public record StoredAlert(Alert alert, AlertLifecycle lifecycle) {

    public AlertStatus status() {
        return lifecycle.status();
    }

    public ObjectNode toDocument() {
        ObjectNode document = Json.mapper().valueToTree(alert);
        document.setAll((ObjectNode) Json.mapper().valueToTree(lifecycle));
        return document;
    }

    public static StoredAlert fromDocument(JsonNode document) {
        try {
            return new StoredAlert(Json.mapper().treeToValue(document, Alert.class),
                    Json.mapper().treeToValue(document, AlertLifecycle.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a document in yuqing-alerts is not an alert: " + e.getOriginalMessage(), e);
        }
    }

    /** The same alert with deliveries added to its history. */
    public StoredAlert withNotifications(List<Notification> added) {
        return with(LifecycleBuilder.from(lifecycle).addNotifications(added).build());
    }

    StoredAlert with(AlertLifecycle changed) {
        return new StoredAlert(alert, changed);
    }
}
