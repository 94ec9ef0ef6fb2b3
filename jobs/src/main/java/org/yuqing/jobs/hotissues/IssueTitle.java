package org.yuqing.jobs.hotissues;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an issue is called: the subject its most typical message gave itself, or, for a comment (which has none), the
 * comment's first sentence in its own words. A briefing that listed a comment group by its top words read
 * "每月 养老金 基础 提高 每人", which no reader takes for a title; the top words are left only for a message with no text.
 */
final class IssueTitle {

    /** About as long as a board's subjects (the Teddy Cup's run to 30 characters); a longer sentence is cut at a comma. */
    static final int MAX_CHARS = 30;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,、：:]");
    /** A title shorter than this says too little of what the comment is about (好政策, 支持). */
    private static final int MIN_CLAUSE_CHARS = 8;

    private IssueTitle() {
    }

    static String of(HotIssueInput typical, List<String> topWords) {
        if (typical.subject() != null && !typical.subject().isBlank()) {
            return typical.subject();
        }
        String sentence = firstSentence(typical.text());
        return sentence.isEmpty() ? String.join(" ", topWords) : sentence;
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        // "好政策！农村老人每月多30元": a first sentence too short to say what about takes the next one with it
        var end = SENTENCE_END.matcher(stripped);
        String sentence = stripped;
        while (end.find()) {
            String upTo = stripped.substring(0, end.start()).strip();
            if (upTo.codePointCount(0, upTo.length()) >= MIN_CLAUSE_CHARS) {
                sentence = upTo;
                break;
            }
        }
        if (sentence.codePointCount(0, sentence.length()) <= MAX_CHARS) {
            return sentence;
        }
        String head = sentence.substring(0, sentence.offsetByCodePoints(0, MAX_CHARS));
        int comma = -1;
        for (var clause = CLAUSE_END.matcher(head); clause.find(); ) {
            comma = clause.start();
        }
        return comma >= MIN_CLAUSE_CHARS ? head.substring(0, comma) : head + "…";
    }
}
