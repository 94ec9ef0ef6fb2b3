package org.yuqing.jobs.misreading;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yuqing.jobs.policy.DocNumbers;
import org.yuqing.jobs.policy.Policy;

/**
 * Finds the registered policies a comment talks about, best first. A document number settles it; a title or
 * short title nearly does; otherwise distinctive words and the policy's own numbers (230元, 10月1日) must add up
 * to more than a threshold, so that a comment about something else links to nothing. Among similar policies the
 * newer weighs more, because people talk about what was just published.
 */
public final class PolicyLinker {

    static final double DOC_NO = 20;
    static final double TITLE = 12;
    static final double FACT = 4.0;
    static final double THRESHOLD = 4.0;
    private static final double RECENCY = 0.25;

    private final PolicyIndex index;
    private final CommentReader reader;

    public PolicyLinker(PolicyIndex index) {
        this.index = index;
        this.reader = new CommentReader(index);
    }

    /** @param writtenOn the comment's day, for recency; null takes the newest policy's day */
    public List<PolicyLink> link(String text, LocalDate writtenOn) {
        String simplified = index.simplify(text);
        List<String> words = index.contentWords(simplified);
        List<String> docNos = DocNumbers.findAll(simplified);
        LocalDate now = writtenOn != null ? writtenOn : newest();
        CommentReader.Prepared comment = reader.prepare(text);
        List<PolicyLink> links = new ArrayList<>();
        for (Policy policy : index.registry().all()) {
            List<String> reasons = new ArrayList<>();
            double score = 0;
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
            double termScore = matched.stream().mapToDouble(index::weight).sum();
            int facts = (int) Math.min(2, FactCheck.agreementsWithPolicy(comment.against(policy, writtenOn), policy)
                    + BareNumbers.statedBy(simplified, policy));
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
