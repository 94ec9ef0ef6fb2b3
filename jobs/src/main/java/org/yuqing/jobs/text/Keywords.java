package org.yuqing.jobs.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
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
        Map<String, Double> rarity = new HashMap<>();
        for (Term term : terms) {
            if (isContent(term)) {
                if (counts.merge(term.word, 1, Integer::sum) == 1) {
                    rarity.put(term.word, Math.log(CORPUS / (1 + CoreDictionary.getTermFrequency(term.word))));
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> Double.compare(
                (1 + Math.log(b.getValue())) * rarity.get(b.getKey()), (1 + Math.log(a.getValue())) * rarity.get(a.getKey())));
        List<String> keywords = new ArrayList<>(Math.min(size, ranked.size()));
        for (int i = 0; i < ranked.size() && i < size; i++) {
            keywords.add(ranked.get(i).getKey());
        }
        return keywords;
    }

    // Nouns, verbs, proper names and terms of the user dictionary; masked personal data (曹**) is no keyword.
    private static boolean isContent(Term term) {
        if (term.word.length() < 2 || term.word.indexOf('*') >= 0 || term.nature == null) {
            return false;
        }
        char tag = term.nature.toString().charAt(0);
        return (tag == 'n' || tag == 'v' || tag == 'g') && !term.nature.toString().equals("nx")
                && CoreStopWordDictionary.shouldInclude(term);
    }
}
