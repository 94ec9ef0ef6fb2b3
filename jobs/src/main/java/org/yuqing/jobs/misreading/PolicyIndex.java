package org.yuqing.jobs.misreading;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.ClauseSplitter;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyRegistry;
import org.yuqing.jobs.text.ChineseSegmenter;

/**
 * The registered policies made searchable: BM25 over whole policies, to find which one a comment is about, and
 * BM25 over the clauses of each, to find the clause; both on content words and pairs of characters
 * ({@link TextTerms}). Also how rare a word is among citizen messages ({@link CitizenVocabulary}). Built once per
 * set of policies.
 */
public final class PolicyIndex {

    /** A numbered item this short with no facts is a heading (二、工作任务): its words are added to the items under it. */
    private static final int HEADING_LENGTH = 20;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]");
    /** The share of a policy's runs of characters that another contains, from which it counts as a copy. */
    private static final double COPY = 0.8;
    /** How a document's opening sentence hands over to its items: 通知如下。 现提出以下措施。 */
    private static final Pattern LEAD_IN = Pattern.compile("(?:如下|以下\\p{IsHan}{0,4})[。：:]?$");
    /** Pairs of characters that official titles share whatever their subject: they say nothing of the topic. */
    private static final Set<String> GENERIC_TITLE_PAIRS = Set.of("国务", "务院", "院办", "办公", "公厅", "关于", "于印",
            "印发", "发的", "的通", "通知", "的意", "意见", "人民", "民政", "政府", "若干", "进一", "一步", "推进", "加快",
            "工作", "有关", "实施", "方案", "的函", "的批", "批复", "办法", "规定");

    private final PolicyRegistry registry;
    private final List<Policy> policies;
    private final ContentWords contentWords = new ContentWords();
    private final ChineseSegmenter segmenter = new ChineseSegmenter();
    private final CitizenVocabulary background = CitizenVocabulary.shipped();
    private final Map<String, Set<String>> policyWords = new HashMap<>();
    private final Map<String, String> simplifiedTitles = new HashMap<>();
    private final Map<String, String> simplifiedTexts = new HashMap<>();
    private final Map<String, List<String>> simplifiedShortTitles = new HashMap<>();
    private final Map<String, String> simplifiedClauses = new HashMap<>();
    /** What each clause says, simplified: its text, or for a document's opening, the text after the header. */
    private final Map<String, String> simplifiedBodies = new HashMap<>();
    private final Map<String, Bm25> clauseSearch = new HashMap<>();
    /** BM25 over the sentences of each policy's clauses, and the clause each sentence belongs to. */
    private final Map<String, Bm25> sentenceSearch = new HashMap<>();
    private final Map<String, int[]> clauseOfSentence = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, List<String>> titleWords = new HashMap<>();
    private final Map<String, List<String>> titlePairs = new HashMap<>();
    private final Map<String, Set<String>> titleTerms = new HashMap<>();
    private final Bm25 policySearch;
    private final SentenceVectors vectors;
    private final PolicyVectors policyVectors;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Set<String> headings = new HashSet<>();
    private final Map<String, QuotedRuns> policyRuns = new HashMap<>();
    /** Whether two policies are copies, computed for the pairs that meet as candidates: most never do. */
    private final Map<List<String>, Boolean> copies = new ConcurrentHashMap<>();

    public PolicyIndex(PolicyRegistry registry) {
        this(registry, null);
    }

    /** @param vectors the sentence encoder, or null to retrieve by words alone */
    public PolicyIndex(PolicyRegistry registry, SentenceVectors vectors) {
        this.registry = registry;
        this.vectors = vectors;
        this.policies = registry.all();
        List<List<String>> policyTerms = new ArrayList<>();
        for (Policy policy : policies) {
            String title = simplify(policy.title());
            simplifiedTitles.put(policy.id(), title);
            simplifiedTexts.put(policy.id(), simplify(policy.text()));
            simplifiedShortTitles.put(policy.id(), policy.shortTitles().stream().map(this::simplify).toList());
            List<String> titleSegmented = segmenter.words(title);
            List<String> titleWords = contentWords.of(title, titleSegmented);
            this.titleWords.put(policy.id(), titleWords);
            this.titlePairs.put(policy.id(), TextTerms.of(title, List.of()).stream().map(p -> p.substring(1))
                    .filter(pair -> !GENERIC_TITLE_PAIRS.contains(pair)).distinct().toList());
            Set<String> words = new LinkedHashSet<>(titleWords);
            List<String> terms = new ArrayList<>(TextTerms.of(title, titleWords));
            titleTerms.put(policy.id(), Set.copyOf(terms));
            terms.addAll(TextTerms.of(title, titleWords));
            terms.addAll(shortNames(Abbreviations.of(titleSegmented, title), words));
            Map<List<String>, String> byNumbers = new HashMap<>();
            Map<List<String>, List<String>> headingIds = new HashMap<>();
            List<List<String>> clauseTerms = new ArrayList<>();
            List<List<String>> sentenceTerms = new ArrayList<>();
            List<Integer> sentenceClauses = new ArrayList<>();
            for (Clause clause : policy.clauses()) {
                String text = simplify(clause.text());
                simplifiedClauses.put(clause.id(), text);
                byNumbers.put(clause.numbers(), text);
                headingIds.computeIfAbsent(clause.numbers(), n -> new ArrayList<>()).add(clause.id());
                // searched by what it says: the document's header names the policy, not this clause
                String body = clause.numbers().isEmpty() ? simplify(clause.body()) : text;
                simplifiedBodies.put(clause.id(), body);
                if (clause.numbers().isEmpty() && introducesItems(body)) {
                    headings.add(clause.id());
                }
                List<String> segmented = segmenter.words(body);
                List<String> own = contentWords.of(body, segmented);
                words.addAll(own);
                List<String> clauseOwn = new ArrayList<>(TextTerms.of(body, own));
                clauseOwn.addAll(shortNames(Abbreviations.of(segmented, body), words));
                terms.addAll(clauseOwn);
                for (int depth = 1; depth < clause.numbers().size(); depth++) {
                    String heading = byNumbers.get(clause.numbers().subList(0, depth));
                    if (heading != null && (heading.length() <= HEADING_LENGTH || leadsIn(heading))) {
                        clauseOwn.addAll(TextTerms.of(heading, contentWords(heading)));
                        headingIds.get(clause.numbers().subList(0, depth)).forEach(headings::add);
                    }
                }
                clauseTerms.add(clauseOwn);
                if (clause.sentences().size() > 1) {
                    for (String sentence : clause.sentences()) {
                        String simplified = simplify(sentence);
                        sentenceTerms.add(TextTerms.of(simplified, contentWords(simplified)));
                        sentenceClauses.add(clauseTerms.size() - 1);
                    }
                } else {
                    sentenceTerms.add(clauseOwn);
                    sentenceClauses.add(clauseTerms.size() - 1);
                }
            }
            clauseSearch.put(policy.id(), new Bm25(clauseTerms));
            sentenceSearch.put(policy.id(), new Bm25(sentenceTerms));
            clauseOfSentence.put(policy.id(), sentenceClauses.stream().mapToInt(Integer::intValue).toArray());
            if (policy.interpretation() != null) {
                String interpretation = simplify(policy.interpretation());
                List<String> own = contentWords(interpretation);
                words.addAll(own);
                terms.addAll(TextTerms.of(interpretation, own));
            }
            policyWords.put(policy.id(), words);
            policyRuns.put(policy.id(), QuotedRuns.of(title + "\n" + simplifiedTexts.get(policy.id())
                    + (policy.interpretation() != null ? "\n" + simplify(policy.interpretation()) : "")));
            words.forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
            policyTerms.add(terms);
        }
        policySearch = new Bm25(policyTerms);
        for (int i = 0; i < policies.size(); i++) {
            positions.put(policies.get(i).id(), i);
        }
        policyVectors = vectors == null ? new PolicyVectors.Builder().build() : encode(vectors);
    }

    /** The terms of a text's short names ({@link Abbreviations}), each also one of the policy's words. */
    private static List<String> shortNames(Set<String> names, Set<String> policyWords) {
        List<String> terms = new ArrayList<>();
        for (String name : names) {
            policyWords.add(name);
            terms.addAll(TextTerms.of(name, List.of(name)));
        }
        return terms;
    }

    /** Each policy's title, clauses and the sentences of its long clauses, encoded in one call. */
    private PolicyVectors encode(SentenceVectors vectors) {
        List<String> texts = new ArrayList<>();
        // what to do with each text's vector, in the order the table is built: a policy, then its clauses' rows
        List<BiConsumer<PolicyVectors.Builder, float[]>> rows = new ArrayList<>();
        for (Policy policy : policies) {
            texts.add(simplifiedTitles.get(policy.id()));
            rows.add((builder, vector) -> builder.policy(policy.clauses().size(), vector));
            for (int i = 0; i < policy.clauses().size(); i++) {
                int position = i;
                Clause clause = policy.clauses().get(i);
                String body = simplifiedBodies.get(clause.id());
                if (!body.isEmpty()) {
                    texts.add(body);
                    rows.add((builder, vector) -> builder.clause(position, vector));
                }
                // a long item states several things: a comment is about one of its sentences
                if (clause.sentences().size() > 1) {
                    for (String sentence : clause.sentences()) {
                        texts.add(simplify(sentence));
                        rows.add((builder, vector) -> builder.sentence(position, vector));
                    }
                }
            }
        }
        List<float[]> encoded = vectors.vectors(texts);
        PolicyVectors.Builder builder = new PolicyVectors.Builder();
        for (int k = 0; k < rows.size(); k++) {
            rows.get(k).accept(builder, encoded.get(k));
        }
        return builder.build();
    }

    /** 统一按照以下标准定额扣除： introduces the items under it, which state what a comment disputes. */
    private static boolean leadsIn(String clause) {
        String text = clause.strip();
        return text.endsWith("：") || text.endsWith(":");
    }

    /**
     * The text before the first item says nothing of its own when, past the header, it is empty or one sentence that
     * announces the items (经市人民政府同意，现就有关事项通知如下：; 现提出以下措施。).
     */
    private static boolean introducesItems(String body) {
        return body.isEmpty() || (ClauseSplitter.sentences(body).size() == 1
                && (leadsIn(body) || LEAD_IN.matcher(body.strip()).find() || isBareTitle(body)));
    }

    /** 国家粮食应急预案 before the items: the document's own title again, no sentence. */
    private static boolean isBareTitle(String body) {
        return body.length() <= HEADING_LENGTH && !SENTENCE_END.matcher(body).find();
    }

    /** The sentence vector of a comment, or null when this index retrieves by words alone. */
    float[] vector(String text) {
        return vectors == null ? null : vectors.documentVectors(List.of(text)).get(0);
    }

    /**
     * A comment's cosines with every policy's title and clauses: with a whole clause or the closest of its sentences,
     * whichever is higher; zeros without vectors.
     */
    PolicyVectors.Closeness closeness(float[] comment) {
        return policyVectors.closeness(comment);
    }

    /** The policy's position among {@link #policies()}, as {@link PolicyVectors.Closeness} is indexed. */
    int position(Policy policy) {
        return positions.get(policy.id());
    }

    /** Whether the clause is only a heading over others (第二章 子女教育): a comment is about what is under it. */
    boolean isHeading(Clause clause) {
        return headings.contains(clause.id());
    }

    /** The content words of the policy's title. */
    List<String> titleWords(String policyId) {
        return titleWords.getOrDefault(policyId, List.of());
    }

    /** The pairs of characters of the policy's title, without those every official title has (关于, 通知). */
    List<String> titlePairs(String policyId) {
        return titlePairs.getOrDefault(policyId, List.of());
    }

    public PolicyRegistry registry() {
        return registry;
    }

    /** The registered policies in the order {@link #policyScores} scores them. */
    List<Policy> policies() {
        return policies;
    }

    public String simplify(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** The words of a simplified text that can say what it is about ({@link ContentWords}). */
    public List<String> contentWords(String simplified) {
        return contentWords.of(simplified);
    }

    /** The same from words the text was already segmented into, or, when there are none, by segmenting it. */
    public List<String> contentWords(String simplified, List<String> segmented) {
        return segmented == null ? contentWords.of(simplified) : contentWords.of(simplified, segmented);
    }

    /** BM25 of each registered policy for these terms, relative to what the terms could score at most. */
    double[] policyScores(List<String> terms) {
        return relative(policySearch.scores(terms), policySearch.ceiling(terms));
    }

    /** BM25 of each clause of the policy, in its order, relative to what the terms could score at most there. */
    double[] clauseScores(String policyId, List<String> terms) {
        Bm25 search = clauseSearch.get(policyId);
        List<String> clauseTerms = withoutTitleTerms(policyId, terms);
        return relative(search.scores(clauseTerms), search.ceiling(clauseTerms));
    }

    /**
     * For each clause of the policy, in its order, the best relative BM25 of one of its sentences: a comment about
     * one sentence of a long item shares few of the item's words, as it is close to one sentence's vector.
     */
    double[] clauseSentenceScores(String policyId, List<String> terms) {
        Bm25 search = sentenceSearch.get(policyId);
        List<String> clauseTerms = withoutTitleTerms(policyId, terms);
        double[] sentences = relative(search.scores(clauseTerms), search.ceiling(clauseTerms));
        int[] clauseOf = clauseOfSentence.get(policyId);
        double[] best = new double[clauseSearch.get(policyId).size()];
        for (int i = 0; i < sentences.length; i++) {
            best[clauseOf[i]] = Math.max(best[clauseOf[i]], sentences[i]);
        }
        return best;
    }

    /**
     * The title's terms (its issuer, its place, its subject) say which policy, not which clause: a comment naming the
     * city would otherwise find the preamble that names it.
     */
    private List<String> withoutTitleTerms(String policyId, List<String> terms) {
        Set<String> title = titleTerms.getOrDefault(policyId, Set.of());
        return terms.stream().filter(term -> !title.contains(term)).toList();
    }

    private static double[] relative(double[] scores, double ceiling) {
        if (ceiling > 0) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] /= ceiling;
            }
        }
        return scores;
    }

    public Set<String> policyWords(String policyId) {
        return policyWords.getOrDefault(policyId, Set.of());
    }

    /**
     * Whether one policy is a copy of the other, or carries it whole: a notice that forwards another (关于转发…的通知)
     * attaches it, and a comment about the rule is about both.
     */
    boolean copies(Policy one, Policy other) {
        List<String> pair = one.id().compareTo(other.id()) < 0 ? List.of(one.id(), other.id())
                : List.of(other.id(), one.id());
        return copies.computeIfAbsent(pair, p -> {
            QuotedRuns first = policyRuns.get(p.get(0));
            QuotedRuns second = policyRuns.get(p.get(1));
            return first.containedIn(second) >= COPY || second.containedIn(first) >= COPY;
        });
    }

    /** What of a comment, given as its runs of characters ({@link QuotedRuns#grams}), the policy quotes. */
    QuotedRuns.Quote policyQuote(String policyId, long[] comment) {
        return policyRuns.get(policyId).quote(comment);
    }

    /** The policy's whole text in simplified characters, converted once. */
    String simplifiedText(Policy policy) {
        return simplifiedTexts.computeIfAbsent(policy.id(), id -> simplify(policy.text()));
    }

    public String simplifiedTitle(String policyId) {
        return simplifiedTitles.get(policyId);
    }

    List<String> simplifiedShortTitles(String policyId) {
        return simplifiedShortTitles.getOrDefault(policyId, List.of());
    }

    String simplifiedClause(Clause clause) {
        return simplifiedClauses.computeIfAbsent(clause.id(), id -> simplify(clause.text()));
    }

    /** How rare the word is among citizen messages, from 0 (in all of them) to 1 ({@link CitizenVocabulary}). */
    public double rarity(String word) {
        return background.rarity(word);
    }

    /** How much finding this word says which policy a text is about: rare among the policies and in Chinese. */
    public double weight(String word) {
        double idf = Math.log((policies.size() + 1.0) / (documentFrequency.getOrDefault(word, 0) + 0.5));
        // damped: the portable dictionary's counts are small, and a rare word is not ten times as telling
        double general = Math.log(1 + 1_000.0 / (10 + CoreDictionary.getTermFrequency(word)));
        return Math.max(0, idf) * general;
    }
}
