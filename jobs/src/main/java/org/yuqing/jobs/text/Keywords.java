package org.yuqing.jobs.text;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import java.util.ArrayList;
import java.util.List;

/**
 * The few words a document is about, by HanLP's TextRank over the terms segmentation already produced (HanLP's
 * {@code extractKeyword} would segment the text a second time).
 */
public final class Keywords {

    private final TextRankKeyword textRank = new TextRankKeyword();
    private final int size;

    public Keywords(int size) {
        this.size = size;
    }

    public List<String> of(List<Term> terms) {
        List<Term> content = new ArrayList<>(terms.size());
        for (Term term : terms) {
            // Masked personal data (曹**, ***********) is not what a document is about.
            if (term.word.length() > 1 && term.word.indexOf('*') < 0 && CoreStopWordDictionary.shouldInclude(term)) {
                content.add(term);
            }
        }
        if (content.isEmpty()) {
            return List.of();
        }
        return textRank.getKeywords(content, size);
    }
}
