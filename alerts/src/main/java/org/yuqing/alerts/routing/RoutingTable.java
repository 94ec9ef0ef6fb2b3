package org.yuqing.alerts.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuqing.core.alert.Alert;

/**
 * Who receives an alert: the recipients of every rule that matches it, in the order of the file, each once; the
 * fallback recipient (the publicity office) when no rule matches, so that no alert goes unread.
 */
public record RoutingTable(List<RoutingRule> rules, Map<String, Recipient> recipients, Recipient fallback) {

    public RoutingTable {
        rules = List.copyOf(rules);
        recipients = Map.copyOf(recipients);
        for (RoutingRule rule : rules) {
            for (String name : rule.recipients()) {
                if (!recipients.containsKey(name)) {
                    throw new IllegalArgumentException("rule " + rule.name() + " names an unknown recipient " + name);
                }
            }
        }
    }

    public List<Recipient> route(Alert alert) {
        Map<String, Recipient> chosen = new LinkedHashMap<>();
        for (RoutingRule rule : rules) {
            if (rule.matches(alert)) {
                rule.recipients().forEach(name -> chosen.putIfAbsent(name, recipients.get(name)));
            }
        }
        return chosen.isEmpty() ? List.of(fallback) : List.copyOf(chosen.values());
    }

    /** Looks a recipient up by the name the lifecycle recorded; the fallback too. */
    public Recipient recipient(String name) {
        return fallback.name().equals(name) ? fallback : recipients.get(name);
    }
}
