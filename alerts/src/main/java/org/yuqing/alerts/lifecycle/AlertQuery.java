package org.yuqing.alerts.lifecycle;

import org.yuqing.core.alert.AlertStatus;

/**
 * Which alerts to list, newest first.
 *
 * @param status          only alerts in this status; null for all
 * @param responsibleBody only alerts this body must answer; null for all
 * @param overdueOnly     only alerts whose deadline passed unanswered
 */
public record AlertQuery(AlertStatus status, String responsibleBody, boolean overdueOnly, int limit) {
}
