package org.yuqing.jobs.replies;

import java.io.Serializable;

/**
 * A message-board post with its official reply, as far as reply assessment needs it.
 *
 * @param department the body that replied when the source says so; null to find it in the reply
 */
public record ReplyInput(String messageId, String subject, String message, long messageAtMillis, String reply,
        long repliedAtMillis, String department) implements Serializable {
}
