package org.yuqing.jobs.replies;

import java.util.List;

/**
 * How well a reply answers its message, in [0, 1], and the parts it is made of, so that a reader can see
 * why a reply scored low.
 *
 * @param relevance share of the message's key terms the reply takes up
 * @param completeness questions and requests answered, length, and whether a result or next step is given
 * @param basis whether the reply cites a law, regulation, policy or document number
 * @param keyTermsMissed key terms of the message the reply does not mention
 * @param questions questions and requests found in the message
 * @param questionsAnswered of which the reply takes up the words
 * @param citations what the reply cites (《…》, 第X条, document numbers)
 */
public record ReplyQuality(double score, double relevance, double completeness, double basis,
        List<String> keyTermsMissed, int questions, int questionsAnswered, boolean givesResult,
        List<String> citations) {
}
