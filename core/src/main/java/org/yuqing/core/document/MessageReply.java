package org.yuqing.core.document;

/**
 * The official reply to a citizen's message, as stored with the message: who answered, when, after how long and
 * how well, so that staff can rank departments by time to reply and by quality without joining two documents.
 *
 * @param replyId      the reply's own document id
 * @param department   the body that replied, or {@code 未署名} when neither the page nor the reply names one
 * @param repliedAt    the reply's date as the page gave it
 * @param hoursToReply from the message to the reply; null when either date is unknown
 * @param quality      how well the reply answers, in [0, 1]: the weighted sum of the three parts that follow
 * @param relevance    share of the message's key terms the reply takes up, in [0, 1]
 * @param completeness questions answered, length, result or next step given, in [0, 1]
 * @param basis        grounds cited (law, regulation, clause, document number), in [0, 1]
 * @param givesResult  whether the reply says what was done or will be done
 */
public record MessageReply(String replyId, String department, String repliedAt, Double hoursToReply, double quality,
                           double relevance, double completeness, double basis, boolean givesResult) {
}
