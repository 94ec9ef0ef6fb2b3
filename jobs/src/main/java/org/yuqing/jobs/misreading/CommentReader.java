package org.yuqing.jobs.misreading;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuqing.jobs.policy.ChineseNumbers;
import org.yuqing.jobs.policy.FactExtractor;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyFactory;

/** Reads a comment against a policy: the policy's year resolves 2月4日, the comment's day resolves 明年. */
public final class CommentReader {

    /** 我毕业6年了, 我爸63岁: the writer's own situation, which is not a claim about the policy. */
    private static final Pattern ABOUT_THE_WRITER = Pattern.compile("(?:我|俺|咱)[^，。！？,;；]{0,6}");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            ChineseNumbers.NUMBER + "(?=周岁|岁|年|个月|元|万|块)");

    private final PolicyIndex index;
    private final FactExtractor extractor = new FactExtractor();

    public CommentReader(PolicyIndex index) {
        this.index = index;
    }

    /** @param writtenOn the day of the comment; null reads it as written the day the policy was published */
    public CommentReading read(String text, Policy policy, LocalDate writtenOn) {
        String simplified = index.simplify(text);
        LocalDate reference = writtenOn != null ? writtenOn : policy.publishedAt();
        String claims = withoutWritersOwnNumbers(simplified);
        return new CommentReading(text, simplified, index.contentWords(simplified),
                extractor.extract(claims, subjectYear(policy), reference), CueLexicon.read(simplified));
    }

    private int subjectYear(Policy policy) {
        return PolicyFactory.subjectYear(index.simplifiedTitle(policy.id()), policy.publishedAt());
    }

    private static String withoutWritersOwnNumbers(String simplified) {
        Matcher writer = ABOUT_THE_WRITER.matcher(simplified);
        StringBuilder out = new StringBuilder();
        while (writer.find()) {
            String masked = NUMBER_WITH_UNIT.matcher(writer.group()).replaceAll("某");
            writer.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        writer.appendTail(out);
        return out.toString();
    }
}
