package org.yuqing.alerts.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.alerts.routing.Recipient;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertLifecycle.Notification;

/** Tells each recipient through every channel that reaches it, and returns what happened for the lifecycle. */
public final class Dispatcher {

    private final List<Channel> channels;
    private final Clock clock;

    public Dispatcher(List<Channel> channels, Clock clock) {
        this.channels = List.copyOf(channels);
        this.clock = clock;
    }

    public List<Notification> deliver(Alert alert, Notice notice, List<Recipient> recipients) {
        List<Notification> notifications = new ArrayList<>();
        for (Recipient recipient : recipients) {
            for (Channel channel : channels) {
                if (channel.reaches(recipient)) {
                    Attempt attempt = channel.send(alert, notice, recipient);
                    notifications.add(new Notification(clock.instant().toString(), notice.label(), alert.version(),
                            recipient.name(), channel.name(),
                            attempt.kind() == Attempt.Kind.DELIVERED ? "delivered" : "failed", attempt.detail()));
                }
            }
        }
        return notifications;
    }
}
