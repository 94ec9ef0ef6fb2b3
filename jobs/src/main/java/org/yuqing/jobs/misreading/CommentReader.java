package org.yuqing.jobs.misreading;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuqing.jobs.policy.ChineseNumbers;
import org.yuqing.jobs.policy.Fact;
import org.yuqing.jobs.policy.DocNumbers;
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
        return prepare(text).against(policy, writtenOn);
    }

    /**
     * Reads what does not depend on the policy (simplified text, words, cues) once, for a comment that is held
     * against many policies: segmenting it again for every registered policy made linking the slowest step of
     * the job. Facts are read again only for another reference year or day.
     */
    public Prepared prepare(String text) {
        String simplified = index.simplify(text);
        return prepare(text, simplified, index.contentWords(simplified));
    }

    /** For a caller that has already simplified and segmented the comment: segmenting is the costly part. */
    Prepared prepare(String text, String simplified, List<String> words) {
        return new Prepared(text, simplified, words, null);
    }

    /** @param vector its sentence vector, or null */
    Prepared prepare(String text, String simplified, List<String> words, float[] vector) {
        return new Prepared(text, simplified, words, vector);
    }

    /**
     * A comment read once, to be read against each policy. Claims and cues are read on the first policy that
     * needs them: most comments are dismissed by their words alone. Not shared between threads.
     */
    public final class Prepared {
        private final String text;
        private final String simplified;
        private final List<String> words;
        private final List<String> terms;
        private final List<String> docNumbers;
        private final float[] vector;
        private final Cues cues;
        private final long[] grams;
        private String claims;
        private PolicyVectors.Closeness closeness;
        private final Map<List<Object>, List<Fact>> factsByReference = new HashMap<>();

        private Prepared(String text, String simplified, List<String> words, float[] vector) {
            this.vector = vector;
            this.text = text;
            this.simplified = simplified;
            this.words = words;
            this.terms = TextTerms.of(simplified, words);
            this.cues = CueLexicon.read(simplified);
            this.docNumbers = DocNumbers.findAll(simplified);
            this.grams = QuotedRuns.grams(simplified);
        }

        public String text() {
            return text;
        }

        public String simplified() {
            return simplified;
        }

        public List<String> words() {
            return words;
        }

        /** What the comment is retrieved by ({@link TextTerms}). */
        List<String> terms() {
            return terms;
        }

        /** Its sentence vector, or null where the watch retrieves by words alone. */
        float[] vector() {
            return vector;
        }

        /** Its cosines with every registered policy's title and clauses, computed once: each step reads them. */
        PolicyVectors.Closeness closeness() {
            if (closeness == null) {
                closeness = index.closeness(vector);
            }
            return closeness;
        }

        /** Its runs of characters, to find what it quotes ({@link QuotedRuns}). */
        long[] grams() {
            return grams;
        }

        /** The document numbers it cites, canonical. */
        List<String> docNumbers() {
            return docNumbers;
        }

        public Cues cues() {
            return cues;
        }

        public CommentReading against(Policy policy, LocalDate writtenOn) {
            if (claims == null) {
                claims = withoutWritersOwnNumbers(simplified);
            }
            LocalDate reference = writtenOn != null ? writtenOn : policy.publishedAt();
            int year = subjectYear(policy);
            List<Fact> facts = factsByReference.computeIfAbsent(List.of(year, reference),
                    key -> extractor.extract(claims, year, reference));
            return new CommentReading(text, simplified, words, facts, cues);
        }
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
