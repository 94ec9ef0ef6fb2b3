package org.yuqing.jobs.misreading;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.yuqing.core.document.MisreadingFinding;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * What the policy watch adds to every comment: the registered policies it talks about, best first, and whether it
 * misreads one of them. The one entry point for {@code ./yuqing analyze --policies} and the streaming job.
 * Building it indexes every clause of every policy: build it once per set of policies, not per comment.
 */
public final class PolicyWatch {

    private final MisreadingDetector detector;

    public PolicyWatch(PolicyRegistry registry) {
        this(new MisreadingDetector(registry));
    }

    public PolicyWatch(MisreadingDetector detector) {
        this.detector = detector;
    }

    /**
     * The watch over a document as the analysis chain left it, the way the job and {@code ./yuqing analyze} both
     * call it: the clean title and body, with the tokens the chain segmented them into, so that they are not
     * segmented a second time.
     */
    public Verdict watchAnalyzed(String cleanTitle, String cleanText, String tokens, LocalDate writtenOn,
                                 String postedUnder) {
        return watchAnalyzed(cleanTitle, cleanText, tokens, null, writtenOn, postedUnder);
    }

    /** @param vector the chain's sentence vector of the same title and text, or null to encode them here */
    public Verdict watchAnalyzed(String cleanTitle, String cleanText, String tokens, float[] vector,
                                 LocalDate writtenOn, String postedUnder) {
        List<String> segmented = tokens == null ? null : Arrays.asList(tokens.split(" "));
        String text = cleanTitle == null || cleanTitle.isEmpty() ? cleanText : cleanTitle + "\n" + cleanText;
        MisreadingDetector.Verdict verdict = detector.watch(text, segmented, vector, writtenOn, postedUnder);
        return new Verdict(verdict.links().stream().map(PolicyLink::policyId).toList(), finding(verdict.misreading()));
    }

    public Verdict watch(String cleanText, LocalDate writtenOn) {
        return watch(cleanText, writtenOn, null);
    }

    /** @param postedUnder the id of the page the comment was posted under ({@code reply_to}), or null */
    public Verdict watch(String cleanText, LocalDate writtenOn, String postedUnder) {
        return watch(cleanText, null, writtenOn, postedUnder);
    }

    /**
     * @param segmented   the words of the text as the analysis chain segmented it, or null to segment it here
     * @param postedUnder the id of the page the comment was posted under ({@code reply_to}), or null
     */
    public Verdict watch(String cleanText, List<String> segmented, LocalDate writtenOn, String postedUnder) {
        MisreadingDetector.Verdict verdict = detector.watch(cleanText, segmented, writtenOn, postedUnder);
        return new Verdict(verdict.links().stream().map(PolicyLink::policyId).toList(), finding(verdict.misreading()));
    }

    static MisreadingFinding finding(Misreading misreading) {
        return new MisreadingFinding(misreading.flag(), misreading.kind() == null ? null : misreading.kind().label(),
                misreading.clause(), misreading.clauseId(), misreading.policyId(), misreading.score(),
                misreading.evidence());
    }

    /** The policies a comment talks about and what it gets wrong about them, if anything. */
    public record Verdict(List<String> policyIds, MisreadingFinding misreading) {
    }
}
