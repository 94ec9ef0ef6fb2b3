package org.yuqing.jobs.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.flink.util.OutputTag;
import org.yuqing.core.document.DeadLetter;

/** What the jobs share about dead letters: the side-output tag, the stage names, how a failure is worded. */
public final class DeadLetters {

    public static final String STAGE_PARSE = "parse";
    public static final String STAGE_INDEX = "index";

    public static final OutputTag<DeadLetter> TAG = new OutputTag<>("dead-letters") { };

    private DeadLetters() {
    }

    /** One line a person can act on: Jackson's message without the source excerpt it appends. */
    public static String describe(Exception e) {
        if (e instanceof JsonProcessingException json) {
            return "not a raw document: " + json.getOriginalMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
