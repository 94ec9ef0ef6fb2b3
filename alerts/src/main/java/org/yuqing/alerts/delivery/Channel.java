package org.yuqing.alerts.delivery;

import org.yuqing.alerts.routing.Recipient;
import org.yuqing.core.alert.Alert;

/** One way of telling a recipient about an alert. Never throws: every outcome is recorded in the lifecycle. */
public interface Channel {

    /** As recorded in the notifications history: webhook or email. */
    String name();

    boolean reaches(Recipient recipient);

    Attempt send(Alert alert, Notice notice, Recipient recipient);
}
