/**
 * The transformer of the analysis chain: a compact Chinese BERT (BGE-small-zh v1.5, fine-tuned on the project's
 * data) run by ONNX Runtime. One pass over a document gives its sentence vector, for the policy watch's
 * retrieval, and the probabilities of each classification head the model has.
 */
package org.yuqing.jobs.encoder;
