package org.yuqing.alerts.routing;

import java.time.Duration;
import org.yuqing.alerts.delivery.SmtpSettings;
import org.yuqing.alerts.delivery.WebhookSettings;

/**
 * Everything the routing file says: who gets what, how to deliver, and how often deadlines are checked.
 *
 * @param smtp null when no recipient has an e-mail address
 */
public record RouterConfig(RoutingTable routing, WebhookSettings webhook, SmtpSettings smtp, Duration deadlineCheck) {
}
