package org.yuqing.jobs.analysis;

import org.yuqing.core.document.AnalyzedDocument;

/**
 * An analysed document on its way to the policy watch, with the sentence vector the chain's transformer gave its
 * words, so that the watch does not encode them a second time. Only citizens' words carry one, and only as far as
 * the watch: nothing downstream stores it.
 *
 * @param vector the chain's L2-normalised sentence vector of the writer's title and text, or null when the linear
 *     models answered alone or the document is not the public's
 */
public record EncodedDocument(AnalyzedDocument document, float[] vector) {
}
