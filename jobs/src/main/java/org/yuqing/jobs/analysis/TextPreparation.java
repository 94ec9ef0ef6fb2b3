package org.yuqing.jobs.analysis;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.yuqing.core.text.InjectedPinyin;
import org.yuqing.jobs.classify.FeatureHasher;
import org.yuqing.jobs.text.ChineseSegmenter;
import org.yuqing.jobs.text.PiiMasker;
import org.yuqing.jobs.text.TextNormalizer;

/**
 * The first half of the analysis chain, the same for training and for prediction so that models see at run time
 * exactly what they were trained on: normalise, repair, mask personal data, segment, hash features.
 */
public final class TextPreparation {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final UnaryOperator<String> repair;
    private final PiiMasker masker = new PiiMasker();
    private final ChineseSegmenter segmenter = new ChineseSegmenter();
    private final FeatureHasher hasher = new FeatureHasher();

    public TextPreparation() {
        this(InjectedPinyin::strip);
    }

    /**
     * @param repair runs on normalised text before masking: removes spam injected into pages (pinyin groups such
     *     as 政(zheng)府) with the crawler's own cleaner, so that both find the same real text
     */
    public TextPreparation(UnaryOperator<String> repair) {
        this.repair = repair;
    }

    /** Normalised, repaired, personal data masked: the clean form of a title or a body. */
    public String clean(String text) {
        return masker.mask(repair.apply(normalizer.normalize(text)));
    }

    /** Masks personal data in text as it came, for storing the original of what citizens wrote. */
    public String maskOnly(String text) {
        return text == null ? null : masker.mask(text);
    }

    public PreparedText prepare(String title, String text) {
        String cleanTitle = clean(title);
        String cleanText = clean(text);
        String whole = cleanTitle.isEmpty() ? cleanText : cleanText.isEmpty() ? cleanTitle : cleanTitle + "\n" + cleanText;
        List<Term> terms = segmenter.terms(whole);
        List<String> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            words.add(term.word);
        }
        return new PreparedText(cleanText, whole, terms, hasher.features(whole, words));
    }
}
