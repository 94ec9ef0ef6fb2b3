package org.yuqing.jobs.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few words a document is about, by TF-IDF over the terms segmentation already produced, with the rarity of
 * a word taken from its frequency in HanLP's core dictionary (a corpus of millions of words), so no IDF table
 * has to ship. HanLP's TextRank ({@code extractKeyword}) cost more than segmentation itself on a citizen message
 * and would have halved the job's throughput.
 */
public final class Keywords {

    // The core dictionary's corpus is about 25 million words; words it lacks (new words, names) are rare.
    private static final double CORPUS = 25_000_000;

    private final int size;

    public Keywords(int size) {
        this.size = size;
    }

    public List<String> of(List<Term> terms) {
        Map<String, Integer> counts = new LinkedHashMap<>(); // first mention breaks ties
        for (Term term : terms) {
            if (isCandidate(term)) {
                counts.merge(term.word, 1, Integer::sum);
            }
        }
        // Dictionary look-ups once per distinct word, not per occurrence: they cost more than the counting.
        List<String> words = new ArrayList<>(counts.size());
        List<Double> scores = new ArrayList<>(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (!CoreStopWordDictionary.contains(entry.getKey())) {
                words.add(entry.getKey());
                double rarity = Math.log(CORPUS / (1 + CoreDictionary.getTermFrequency(entry.getKey())));
                scores.add((1 + Math.log(entry.getValue())) * rarity);
            }
        }
        List<Integer> order = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        List<String> keywords = new ArrayList<>(Math.min(size, order.size()));
        for (int i = 0; i < order.size() && i < size; i++) {
            keywords.add(words.get(order.get(i)));
        }
        return keywords;
    }

    // Nouns, verbs, proper names and terms of the user dictionary; masked personal data (曹**) is no keyword.
    private static boolean isCandidate(Term term) {
        if (term.word.length() < 2 || term.word.indexOf('*') >= 0 || term.nature == null) {
            return false;
        }
        String nature = term.nature.toString();
        char tag = nature.charAt(0);
        return (tag == 'n' || tag == 'v' || tag == 'g') && !nature.equals("nx");
    }
}
