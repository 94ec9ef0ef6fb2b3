package org.yuqing.alerts.routing;

import java.util.List;
import java.util.Set;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertType;

/**
 * One rule of the routing file: the alerts it matches go to its recipients. A facet left empty matches every
 * alert; a facet that lists values matches an alert whose value is one of them, and an alert must match every
 * facet the rule lists (listed values are alternatives, listed facets all apply).
 *
 * @param hosts the hijacked site's host name, so that a site's owner receives the alerts about its pages
 */
public record RoutingRule(String name, Set<String> issuers, Set<String> responsibleBodies, Set<String> topics,
                          Set<String> regions, Set<AlertType> types, Set<String> hosts, List<String> recipients) {

    public RoutingRule {
        issuers = Set.copyOf(issuers);
        responsibleBodies = Set.copyOf(responsibleBodies);
        topics = Set.copyOf(topics);
        regions = Set.copyOf(regions);
        types = Set.copyOf(types);
        hosts = Set.copyOf(hosts);
        recipients = List.copyOf(recipients);
    }

    public boolean matches(Alert alert) {
        return facet(issuers, alert.issuer())
                && facet(responsibleBodies, alert.responsibleBody())
                && facet(topics, alert.topic())
                && facet(regions, alert.region())
                && (types.isEmpty() || types.contains(alert.type()))
                && facet(hosts, alert.site() == null ? null : alert.site().host());
    }

    private static boolean facet(Set<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
