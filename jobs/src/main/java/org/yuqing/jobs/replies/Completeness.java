package org.yuqing.jobs.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Does the reply answer everything: each question or request of the message taken up, enough said, and a
 * result or next step given (已解决, 将于…完成, 建议您…), which is what the writer came for.
 */
final class Completeness {

    /** A sentence that asks or requests something. */
    private static final Pattern ASKS = Pattern.compile(
            ".*(?:[？?]|吗|呢|何时|什么时候|为什么|为何|(?<!不)怎么|怎样|如何|能否|可否|是否|能不能|有没有|请|希望|建议|要求|恳请|呼吁).*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;\\n])");
    private static final Pattern RESULT = Pattern.compile(
            "已(?:经)?(?:完成|解决|整改|处理|落实|安排|责令|要求|督促|拆除|修复|办理|发放|纳入|启动|开工|立案)|"
                    + "将(?:于|在|会|尽快|加快|进一步|继续|督促|协调|组织)|预计|计划于|目前正在|正在|下一步|"
                    + "建议您|请您|可(?:拨打|咨询|前往|联系|登录|致电)|联系电话|咨询电话");
    /** Replies of this length or more say enough for a typical message; shorter ones score in proportion. */
    private static final int FULL_LENGTH = 300;

    record Result(double score, int questions, int answered, boolean givesResult) {
    }

    private Completeness() {
    }

    static Result of(KeyTerms keyTerms, String subject, String message, String reply) {
        List<String> asked = new ArrayList<>();
        if (subject != null && !subject.isBlank()) {
            asked.add(subject);
        }
        for (String sentence : SENTENCE_END.split(message == null ? "" : message)) {
            if (ASKS.matcher(sentence).matches() && sentence.strip().length() > 4) {
                asked.add(sentence.strip());
            }
        }
        int answered = 0;
        for (String question : asked) {
            List<String> words = keyTerms.contentWords(question);
            long taken = words.stream().filter(reply::contains).count();
            // Half the words of a question in the reply is taking it up; a reply paraphrases.
            if (!words.isEmpty() && taken * 2 >= words.size()) {
                answered++;
            }
        }
        double coverage = asked.isEmpty() ? 1 : answered / (double) asked.size();
        double length = Math.min(1, reply.strip().length() / (double) FULL_LENGTH);
        boolean givesResult = RESULT.matcher(reply).find();
        double score = 0.5 * coverage + 0.25 * length + 0.25 * (givesResult ? 1 : 0);
        return new Result(score, asked.size(), answered, givesResult);
    }
}
