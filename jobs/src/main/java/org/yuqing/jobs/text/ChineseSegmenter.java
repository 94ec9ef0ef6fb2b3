package org.yuqing.jobs.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments Chinese text with HanLP's {@link StandardTokenizer}. Text is converted to simplified characters
 * first: on traditional text the tokenizer splits words apart (辦/公/廳).
 */
public final class ChineseSegmenter {

    public String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** The words of already simplified text, without whitespace tokens. */
    public List<String> words(String simplifiedText) {
        List<Term> terms = StandardTokenizer.segment(simplifiedText);
        List<String> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String word = term.word.strip();
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
