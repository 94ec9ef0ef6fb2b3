package org.yuqing.jobs.misreading;

import java.util.List;
import org.yuqing.jobs.policy.Fact;

/**
 * What a comment says, read against one policy: its words, the facts it states (dates resolved against the
 * policy's year and the day of the comment) and the cues that matter for misreadings.
 *
 * @param facts facts the comment states about the policy; numbers about the writer (我毕业6年了) are left out
 */
public record CommentReading(String text, String simplified, List<String> words, List<Fact> facts, Cues cues) {

    public CommentReading {
        words = List.copyOf(words);
        facts = List.copyOf(facts);
    }
}
