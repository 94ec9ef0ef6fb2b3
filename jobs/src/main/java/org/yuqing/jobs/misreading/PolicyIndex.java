package org.yuqing.jobs.misreading;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * The words of every registered policy and clause, and how distinctive each word is: TF-IDF-like weights where
 * a word counts less the more registered policies use it (通知, 人民政府) and the more common it is in general
 * Chinese (HanLP's core dictionary frequencies); and how rare it is among citizen messages
 * ({@link CitizenVocabulary}), which decides whether it can anchor a link.
 */
public final class PolicyIndex {

    private final PolicyRegistry registry;
    private final ContentWords contentWords = new ContentWords();
    private final CitizenVocabulary background = CitizenVocabulary.shipped();
    private final Map<String, Set<String>> policyWords = new HashMap<>();
    private final Map<String, Set<String>> clauseWords = new HashMap<>();
    private final Map<String, String> simplifiedTitles = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Set<String>> headingWords = new HashMap<>();
    private final Map<String, Map<String, Integer>> clauseFrequency = new HashMap<>();
    private final Map<String, Integer> clauseCount = new HashMap<>();
    private final Map<String, Double> policyWordWeights = new HashMap<>();
    private final Map<String, Set<String>> namingWords = new HashMap<>();
    private final Map<String, List<Set<String>>> titles = new HashMap<>();
    /** A heading with nothing but a short title (第二章 子女教育, 二、工作任务). */
    private static final int TITLE_LENGTH = 12;

    public PolicyIndex(PolicyRegistry registry) {
        this.registry = registry;
        for (Policy policy : registry.all()) {
            String title = HanLP.convertToSimplifiedChinese(policy.title());
            simplifiedTitles.put(policy.id(), title);
            Set<String> words = new LinkedHashSet<>(contentWords(title));
            Map<String, Integer> inClauses = new HashMap<>();
            Map<List<String>, Set<String>> ownWords = new HashMap<>();
            for (Clause clause : policy.clauses()) {
                Set<String> own = new LinkedHashSet<>(contentWords(HanLP.convertToSimplifiedChinese(clause.text())));
                ownWords.put(clause.numbers(), own);
                headingWords.put(clause.id(), new LinkedHashSet<>(contentWords(
                        HanLP.convertToSimplifiedChinese(clause.sentences().isEmpty() ? "" : clause.sentences().get(0)))));
                words.addAll(own);
            }
            namingWords(policy, ownWords);
            titles(policy);
            for (Clause clause : policy.clauses()) {
                // an item is read under its headings: （一） of 第十七条 in 第六章 住房租金 is about 住房租金; and under
                // the text before the first number, which says what all items are about (调整…基础养老金标准).
                // Measured on the dev part: leaving that text out loses more (recall 0.84 → 0.79) than it gains
                // where it lists every item's subject (the holiday notice names all seven holidays).
                Set<String> inClause = new LinkedHashSet<>();
                for (int depth = 0; depth <= clause.numbers().size(); depth++) {
                    inClause.addAll(ownWords.getOrDefault(clause.numbers().subList(0, depth), Set.of()));
                }
                if (clause.numbers().isEmpty()) {
                    inClause.addAll(ownWords.getOrDefault(List.<String>of(), Set.of()));
                }
                clauseWords.put(clause.id(), inClause);
                inClause.forEach(word -> inClauses.merge(word, 1, Integer::sum));
            }
            clauseFrequency.put(policy.id(), inClauses);
            clauseCount.put(policy.id(), policy.clauses().size());
            if (policy.interpretation() != null) {
                // the interpretation names who is not covered (城镇职工…不在本次调整范围内): people ask about them
                words.addAll(contentWords(HanLP.convertToSimplifiedChinese(policy.interpretation())));
            }
            policyWords.put(policy.id(), words);
            words.forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
        }
        // every comment's words are weighed, and the policies' own words are the ones that come up again and again
        documentFrequency.keySet().forEach(word -> policyWordWeights.put(word, computedWeight(word)));
    }

    /**
     * A word that only one numbered item uses names that item and the items under it: 户籍 names 一、调整范围 of the
     * pension notice, 夫妻 the article on which spouse deducts.
     */
    private void namingWords(Policy policy, Map<List<String>, Set<String>> ownWords) {
        Map<String, Integer> itemsUsing = new HashMap<>();
        ownWords.forEach((numbers, own) -> {
            if (!numbers.isEmpty()) {
                own.forEach(word -> itemsUsing.merge(word, 1, Integer::sum));
            }
        });
        for (Clause clause : policy.clauses()) {
            Set<String> naming = new LinkedHashSet<>();
            for (int depth = 1; depth <= clause.numbers().size(); depth++) {
                ownWords.getOrDefault(clause.numbers().subList(0, depth), Set.of()).stream()
                        .filter(word -> itemsUsing.get(word) == 1)
                        .forEach(naming::add);
            }
            namingWords.put(clause.id(), naming);
        }
    }

    /** The titles of the headings an item is under (第二章 子女教育 for 第五条), each as its words. */
    private void titles(Policy policy) {
        Map<List<String>, Clause> byNumbers = new HashMap<>();
        policy.clauses().forEach(clause -> byNumbers.put(clause.numbers(), clause));
        for (Clause clause : policy.clauses()) {
            List<Set<String>> above = new ArrayList<>();
            for (int depth = 1; depth < clause.numbers().size(); depth++) {
                Clause heading = byNumbers.get(clause.numbers().subList(0, depth));
                if (heading != null && heading.facts().isEmpty() && heading.text().length() <= TITLE_LENGTH) {
                    Set<String> title = new LinkedHashSet<>(
                            contentWords(HanLP.convertToSimplifiedChinese(heading.text())));
                    if (!title.isEmpty()) {
                        above.add(title);
                    }
                }
            }
            titles.put(clause.id(), above);
        }
    }

    public PolicyRegistry registry() {
        return registry;
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

    public Set<String> policyWords(String policyId) {
        return policyWords.getOrDefault(policyId, Set.of());
    }

    public Set<String> clauseWords(String clauseId) {
        return clauseWords.getOrDefault(clauseId, Set.of());
    }

    /**
     * How much a shared word says that a comment is about this clause rather than another of the same policy:
     * 养老金 is in most clauses of a pension notice and tells them apart less than 户籍; a word of the clause's
     * heading (摸底排查 in 1.摸底排查。) says what the clause is about and counts double.
     */
    public double clauseWeight(Clause clause, String word) {
        if (!clauseWords(clause.id()).contains(word)) {
            return 0;
        }
        int clauses = clauseCount.getOrDefault(clause.policyId(), 1);
        int containing = clauseFrequency.getOrDefault(clause.policyId(), Map.of()).getOrDefault(word, 1);
        double spread = Math.log((clauses + 1.0) / (containing + 0.5)) / Math.log((clauses + 1.0) / 1.5);
        double heading = headingWords.getOrDefault(clause.id(), Set.of()).contains(word) ? 2 : 1;
        return weight(word) * Math.max(0.1, spread) * heading;
    }

    /** The words that name this item among the items of its policy (only it, or an item it is under, uses them). */
    public Set<String> namingWords(String clauseId) {
        return namingWords.getOrDefault(clauseId, Set.of());
    }

    /** The titles of the headings this item is under (第二章 子女教育), each as its words; empty where there are none. */
    public List<Set<String>> headingTitles(String clauseId) {
        return titles.getOrDefault(clauseId, List.of());
    }

    public String simplifiedTitle(String policyId) {
        return simplifiedTitles.get(policyId);
    }

    /** How rare the word is among citizen messages, from 0 (in all of them) to 1 ({@link CitizenVocabulary}). */
    public double rarity(String word) {
        return background.rarity(word);
    }

    /** How much finding this word in a comment says about which policy it is about. */
    public double weight(String word) {
        Double known = policyWordWeights.get(word);
        return known != null ? known : computedWeight(word);
    }

    private double computedWeight(String word) {
        int policies = registry.size();
        double idf = Math.log((policies + 1.0) / (documentFrequency.getOrDefault(word, 0) + 0.5));
        // damped: the portable dictionary's counts are small, and a rare word is not ten times as telling
        double general = Math.log(1 + 1_000.0 / (10 + CoreDictionary.getTermFrequency(word)));
        return Math.max(0, idf) * general;
    }

}
