package org.yuqing.jobs.analysis;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.yuqing.jobs.classify.SparseVector;

/**
 * A text made ready for the classifiers.
 *
 * @param cleanText the body, normalised and with personal data masked
 * @param whole the clean title and body, a line break between them: what the transformer reads
 * @param terms the tagged terms of the title and the body
 * @param features the hashed features of the title and the body
 */
public record PreparedText(String cleanText, String whole, List<Term> terms, SparseVector features) {

    /** The words joined by single spaces, the form the {@code whitespace} analyzer indexes. */
    public String tokens() {
        StringBuilder out = new StringBuilder(terms.size() * 3);
        for (Term term : terms) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(term.word); // normalised text has single spaces only, never inside a term
        }
        return out.toString();
    }
}
