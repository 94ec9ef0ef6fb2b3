package org.yuqing.jobs.alerts;

import java.time.Instant;
import org.yuqing.jobs.misreading.Misreading;

/** A comment the detector found to misread a policy, with what an alert needs to weigh it. */
public record Detection(String commentId, String text, Instant writtenAt, long likes, Misreading misreading) {
}
