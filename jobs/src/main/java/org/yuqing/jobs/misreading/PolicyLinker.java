package org.yuqing.jobs.misreading;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.yuqing.jobs.policy.ChineseNumbers;
import org.yuqing.jobs.policy.DocNumbers;
import org.yuqing.jobs.policy.Policy;

/**
 * Finds the registered policies a comment talks about, best first. A document number settles it; a title or
 * short title nearly does; otherwise the words shared with the policy must be a fair share of the comment, one of
 * them rare among citizen messages, and with the policy's own numbers (230元, 10月1日) they must add up to more
 * than a threshold, so that a comment about something else links to nothing. Among similar policies the
 * newer weighs more, because people talk about what was just published.
 */
public final class PolicyLinker {

    static final double DOC_NO = 20;
    static final double TITLE = 12;
    static final double FACT = 4.0;
    static final double THRESHOLD = 4.0;
    /** Agreeing facts beyond two add nothing: a comment quoting a whole clause is not more linked for it. */
    private static final int MAX_FACTS = 2;
    private static final double RECENCY = 0.25;
    /** A shared word at least this rare among citizen messages (in fewer than about 2% of them) can anchor a link. */
    /**
     * The least share of a comment, its words weighed and its numbers counted, that it must share with a policy
     * it names neither by document number nor by title. Chosen on held-out citizen messages to a city portal,
     * none about a registered policy: without it 96% of them linked to one of seven policies and 58% were flagged
     * as misreadings; at 0.15, 5% link and 2% are flagged (1% on messages never looked at while choosing), while
     * held-out misreading recall stays 0.95 and linking goes from 0.91 to 0.94.
     */
    static final double MIN_COVERAGE = 0.15;
    /** A shared word in fewer than about 2% of citizen messages can anchor a link (养老金, 毕业生; not 工作, 学校). */
    static final double ANCHOR_RARITY = 0.5;

    private static final Pattern NUMBER = Pattern.compile(ChineseNumbers.NUMBER);

    private final PolicyIndex index;
    private final CommentReader reader;

    public PolicyLinker(PolicyIndex index) {
        this.index = index;
        this.reader = new CommentReader(index);
    }

    /** @param writtenOn the comment's day, for recency; null takes the newest policy's day */
    public List<PolicyLink> link(String text, LocalDate writtenOn) {
        return link(text, writtenOn, null);
    }

    /**
     * @param postedUnder the id of the page the comment was posted under ({@code reply_to}), or null: a comment
     *                    under a policy's own page is about that policy, whatever copies of it exist elsewhere
     */
    public List<PolicyLink> link(String text, LocalDate writtenOn, String postedUnder) {
        return link(text, null, writtenOn, postedUnder);
    }

    /**
     * @param segmented the words of the text as the analysis chain segmented it (its {@code tokens}; the text is
     *                  then the chain's clean, simplified text), or null to simplify and segment it here; the
     *                  stream passes them, since segmenting again was most of the link's cost
     */
    public List<PolicyLink> link(String text, List<String> segmented, LocalDate writtenOn, String postedUnder) {
        // the chain segments clean text, which its normaliser has made simplified already
        String simplified = segmented != null ? text : index.simplify(text);
        List<String> words = index.contentWords(simplified, segmented);
        List<String> docNos = DocNumbers.findAll(simplified);
        LocalDate now = writtenOn != null ? writtenOn : newest();
        CommentReader.Prepared comment = reader.prepare(text, simplified, words);
        double commentWeight = words.stream().mapToDouble(index::weight).sum();
        boolean statesNumbers = NUMBER.matcher(simplified).find();
        List<PolicyLink> links = new ArrayList<>();
        for (Policy policy : index.registry().all()) {
            List<String> reasons = new ArrayList<>();
            double score = 0;
            if (policy.id().equals(postedUnder)) {
                score += DOC_NO;
                reasons.add("评论于该政策页面");
            }
            if (policy.docNo() != null && docNos.contains(policy.docNo())) {
                score += DOC_NO;
                reasons.add("文号 " + policy.docNo());
            }
            String title = index.simplifiedTitle(policy.id());
            String named = simplified.contains(title) ? title
                    : policy.shortTitles().stream().map(index::simplify).filter(simplified::contains).findFirst()
                            .orElse(null);
            if (named != null) {
                score += TITLE;
                reasons.add("标题 " + named);
            }
            List<String> matched = words.stream().filter(index.policyWords(policy.id())::contains).toList();
            // A long message to a portal shares dozens of everyday words (工作, 部门, 要求) with a long policy by
            // chance: what it shares, words and the policy's own numbers, must be a fair part of what it says, and
            // either one shared word is rare among citizen messages, something only this kind of policy talks
            // about, or a number agrees. Facts are the costly part: read only where there may be some.
            double matchedWeight = matched.stream().mapToDouble(index::weight).sum();
            if (score == 0 && (matched.isEmpty() && !statesNumbers
                    // the share if both facts agreed: a long message that cannot reach it is not read further
                    || matchedWeight + FACT * MAX_FACTS < MIN_COVERAGE * (commentWeight + FACT * MAX_FACTS))) {
                continue;
            }
            int facts = (int) Math.min(MAX_FACTS, FactCheck.agreementsWithPolicy(comment.against(policy, writtenOn), policy)
                    + BareNumbers.statedBy(simplified, policy));
            double shared = matchedWeight + FACT * facts;
            boolean anchored = facts > 0 || matched.stream().anyMatch(word -> index.rarity(word) >= ANCHOR_RARITY);
            if (score == 0 && (!anchored || shared < MIN_COVERAGE * (commentWeight + FACT * facts))) {
                continue;
            }
            double termScore = matchedWeight;
            boolean enoughEvidence = score > 0 || matched.size() + facts >= 2;
            score += termScore + FACT * facts;
            if (!enoughEvidence || score < THRESHOLD) {
                continue;
            }
            if (!matched.isEmpty()) {
                reasons.add("词 " + String.join("、", matched));
            }
            if (facts > 0) {
                reasons.add("数字与条款一致 " + facts);
            }
            long ageDays = Math.max(0, ChronoUnit.DAYS.between(policy.publishedAt(), now));
            score *= 1 + RECENCY * Math.exp(-ageDays / 365.0);
            links.add(new PolicyLink(policy.id(), score, reasons));
        }
        links.sort(Comparator.comparingDouble(PolicyLink::score).reversed());
        return links;
    }

    private LocalDate newest() {
        return index.registry().all().stream().map(Policy::publishedAt).max(Comparator.naturalOrder())
                .orElse(LocalDate.now());
    }
}
