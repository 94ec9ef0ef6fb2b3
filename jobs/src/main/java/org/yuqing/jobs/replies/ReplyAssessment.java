package org.yuqing.jobs.replies;

/**
 * A reply judged: who replied, how long it took, how good it is.
 *
 * @param department the body that replied, or {@code 未署名} when the reply does not name one
 * @param hoursToReply from the message to the reply; negative values are kept, they flag bad source dates
 */
public record ReplyAssessment(String messageId, String department, double hoursToReply, ReplyQuality quality) {
}
