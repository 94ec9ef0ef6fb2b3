package org.yuqing.jobs.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments Chinese text with HanLP's {@link StandardTokenizer}, which also tags parts of speech (places ns,
 * organisations nt). Text is converted to simplified characters first: on traditional text the tokenizer splits
 * words apart (辦/公/廳). The government terms of {@link UserDictionary} are loaded before the first use.
 */
public final class ChineseSegmenter {

    public ChineseSegmenter() {
        UserDictionary.ensureLoaded();
    }

    public String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** The tagged terms of already simplified text, without whitespace terms. */
    public List<Term> terms(String simplifiedText) {
        List<Term> terms = StandardTokenizer.segment(simplifiedText);
        List<Term> kept = new ArrayList<>(terms.size());
        for (Term term : terms) {
            if (!term.word.isBlank()) {
                kept.add(term);
            }
        }
        return kept;
    }

    /** The words of already simplified text, without whitespace tokens. */
    public List<String> words(String simplifiedText) {
        List<Term> terms = terms(simplifiedText);
        List<String> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            words.add(term.word.strip());
        }
        return words;
    }
}
