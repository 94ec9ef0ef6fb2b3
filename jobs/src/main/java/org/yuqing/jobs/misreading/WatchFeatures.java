package org.yuqing.jobs.misreading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Fact;
import org.yuqing.jobs.policy.FactKind;
import org.yuqing.jobs.policy.Policy;

/**
 * What the policy watch's three decisions weigh, as numbers: whether a comment is about a policy, which clause it
 * is about, and whether it misreads it. Every feature is generic (retrieval scores, facts compared, cues); the
 * weights are learnt from the labelled corpus ({@link WatchExamples}).
 */
final class WatchFeatures {

    static final List<String> LINK = List.of("policy_bm25", "policy_bm25_vs_best", "is_bm25_top", "best_clause_bm25",
            "word_share", "max_shared_rarity", "shared_words", "doc_no", "title", "posted_under", "number_agreements",
            "comment_words", "margin_to_next", "title_word_share", "title_pair_share", "title_cosine", "best_clause_cosine",
            "cosine_vs_best", "passed_on", "quoted_share", "longest_quote");

    static final List<String> CLAUSE = List.of("clause_bm25", "clause_bm25_vs_best", "clause_rank", "shared_units",
            "exact_agreements", "contradicts", "universal_vs_scope", "duty_cue_vs_duty", "preamble", "clause_length",
            "clause_cosine", "clause_cosine_vs_best", "sentence_bm25", "sentence_bm25_vs_best");

    static final List<String> MISREADING = List.of("clause_bm25", "contradicts_clause",
            "contradicts_other", "agreements", "exact_agreements", "claims", "foreign_units", "question", "presupposing",
            "hearsay", "alarm", "universal", "obliges", "consequences", "hedged", "praise", "complaint", "first_person",
            "exclamations", "negation_gap", "universal_vs_scope", "obligation_unstated", "unknown_bodies",
            "novel_words", "length", "clause_cosine", "asks_where_or_how");

    /** A body named by what it is: 法院, 税务局, 居委会, 某某公司. */
    private static final Pattern BODY = Pattern.compile(
            "[\\p{IsHan}]{0,4}?(?:法院|检察院|公安局|派出所|银行|居委会|村委会|街道办|物业|保险公司|税务局|医保局|社保局|人社局|教育局|卫健委|发改委|城管|工商|[局厅委院所])(?![\\p{IsHan}]?[长里员])");

    private WatchFeatures() {
    }

    /**
     * @param nextScore the best BM25 among the other policies: a comment about one policy stands out from the rest
     */
    static double[] link(PolicyIndex index, CommentReader.Prepared comment, CommentReading reading, Policy policy,
                         double policyScore, double bestPolicyScore, double nextScore, boolean top,
                         double bestClauseScore, String postedUnder, double titleCosine, double clauseCosine,
                         double bestCosine) {
        List<String> words = comment.words();
        double total = 0;
        double shared = 0;
        double maxRarity = 0;
        int sharedWords = 0;
        for (String word : words) {
            double weight = 0.1 + index.rarity(word);
            total += weight;
            if (index.policyWords(policy.id()).contains(word)) {
                shared += weight;
                sharedWords++;
                maxRarity = Math.max(maxRarity, index.rarity(word));
            }
        }
        boolean docNo = policy.docNo() != null && comment.docNumbers().contains(policy.docNo());
        String title = index.simplifiedTitle(policy.id());
        QuotedRuns.Quote quote = index.policyQuote(policy.id(), comment.grams());
        boolean named = comment.simplified().contains(title)
                || index.simplifiedShortTitles(policy.id()).stream().anyMatch(comment.simplified()::contains);
        return new double[] {policyScore, bestPolicyScore > 0 ? policyScore / bestPolicyScore : 0, top ? 1 : 0,
                bestClauseScore, total > 0 ? shared / total : 0, maxRarity, Math.log1p(sharedWords), docNo ? 1 : 0,
                named ? 1 : 0, policy.id().equals(postedUnder) ? 1 : 0,
                Math.min(3, FactCheck.agreementsWithPolicy(reading, policy)), Math.log1p(words.size()),
                policyScore - nextScore, titleWordShare(index, comment, policy), titlePairShare(index, comment, policy),
                titleCosine, clauseCosine, clauseCosine - bestCosine,
                flag(!comment.cues().hearsay().isEmpty() || comment.cues().alarm() || comment.cues().presupposing()),
                quote.share(), Math.log1p(quote.longest())};
    }

    /** How much of what the title names the comment names too, by words rare among citizen messages. */
    private static double titleWordShare(PolicyIndex index, CommentReader.Prepared comment, Policy policy) {
        double total = 0;
        double named = 0;
        for (String word : index.titleWords(policy.id())) {
            double weight = 0.1 + index.rarity(word);
            total += weight;
            if (comment.words().contains(word) || comment.simplified().contains(word)) {
                named += weight;
            }
        }
        return total > 0 ? named / total : 0;
    }

    /** The share of the title's pairs of characters that the comment contains: 体育竞赛 and 体育比赛 share 体育. */
    private static double titlePairShare(PolicyIndex index, CommentReader.Prepared comment, Policy policy) {
        List<String> pairs = index.titlePairs(policy.id());
        if (pairs.isEmpty()) {
            return 0;
        }
        return (double) pairs.stream().filter(comment.simplified()::contains).count() / pairs.size();
    }

    static double[] clause(PolicyIndex index, CommentReading reading, Clause clause, double score, double bestScore,
                           int rank, double cosine, double bestCosine, double sentenceScore,
                           double bestSentenceScore) {
        String text = index.simplifiedClause(clause);
        Cues cues = reading.cues();
        boolean duty = has(clause, FactKind.OBLIGATION) || has(clause, FactKind.PROHIBITION)
                || has(clause, FactKind.PERMISSION);
        return new double[] {score, bestScore > 0 ? score / bestScore : 0, 1.0 / (1 + rank),
                FactCheck.sharedUnits(reading, clause), FactCheck.exactAgreements(reading, clause),
                FactCheck.contradiction(reading, clause, text).isPresent() ? 1 : 0,
                clause.restrictsScope() && !cues.universal().isEmpty() ? 1 : 0,
                duty && (cues.obliges() || !cues.consequences().isEmpty()) ? 1 : 0,
                clause.numbers().isEmpty() ? 1 : 0, Math.log1p(text.length()), cosine, cosine - bestCosine,
                sentenceScore, bestSentenceScore > 0 ? sentenceScore / bestSentenceScore : 0};
    }

    static double[] misreading(PolicyIndex index, CommentReading reading, Policy policy, Clause clause,
                               List<Clause> others, double clauseScore,
                               double clauseCosine) {
        String clauseText = index.simplifiedClause(clause);
        Cues cues = reading.cues();
        boolean contradictsOther = others.stream().anyMatch(other ->
                FactCheck.contradiction(reading, other, index.simplifiedClause(other)).isPresent());
        List<Fact> claims = reading.facts().stream().filter(Fact::hasQuantity).toList();
        long foreignUnits = claims.stream().filter(claim -> policy.clauses().stream()
                .flatMap(c -> c.facts().stream()).filter(Fact::hasQuantity)
                .noneMatch(fact -> fact.quantity().unit().equals(claim.quantity().unit()))).count();
        int clauseNegations = CueLexicon.negations(clauseText);
        double total = 0;
        double novel = 0;
        for (String word : reading.words()) {
            double weight = 0.1 + index.rarity(word);
            total += weight;
            if (!index.policyWords(policy.id()).contains(word)) {
                novel += weight;
            }
        }
        return new double[] {clauseScore,
                FactCheck.contradiction(reading, clause, clauseText).isPresent() ? 1 : 0, contradictsOther ? 1 : 0,
                FactCheck.agreements(reading, clause, clauseText), FactCheck.exactAgreements(reading, clause),
                claims.size(), foreignUnits, flag(cues.question()), flag(cues.presupposing()),
                flag(!cues.hearsay().isEmpty()), flag(cues.alarm()), Math.min(3, cues.universal().size()),
                flag(cues.obliges()), Math.min(3, cues.consequences().size()), flag(cues.hedged()), flag(cues.praise()),
                flag(cues.complaint()), flag(cues.firstPerson()), Math.min(4, cues.exclamations()),
                flag((cues.negations() > 0) != (clauseNegations > 0)),
                flag(clause.restrictsScope() && !cues.universal().isEmpty()),
                flag(cues.obliges() && !has(clause, FactKind.OBLIGATION)),
                unknownBodies(reading.simplified(), index.simplifiedText(policy)),
                total > 0 ? novel / total : 0, Math.log1p(reading.text().length()), clauseCosine,
                flag(cues.asksWhereOrHow())};
    }

    /** Bodies the comment names that the policy does not: 由法院来审 where the policy names no court. */
    static int unknownBodies(String comment, String policyText) {
        Matcher matcher = BODY.matcher(comment);
        int unknown = 0;
        while (matcher.find()) {
            String body = matcher.group();
            String kind = body.length() > 2 ? body.substring(body.length() - 2) : body;
            if (!policyText.contains(body) && !policyText.contains(kind)) {
                unknown++;
            }
        }
        return Math.min(2, unknown);
    }

    private static boolean has(Clause clause, FactKind kind) {
        return !clause.facts(kind).isEmpty();
    }

    private static double flag(boolean on) {
        return on ? 1 : 0;
    }
}
