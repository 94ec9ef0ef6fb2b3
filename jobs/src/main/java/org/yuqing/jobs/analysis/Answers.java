package org.yuqing.jobs.analysis;

/**
 * The chain's three classifications of one document, from the linear models or the transformer, and the
 * transformer's sentence vector if it read the document (else null).
 *
 * @param linear the linear models' predictions, which the transformer's answers are blended with
 */
record Answers(String topic, double topicProbability, Sentiment sentiment, String emotion, double emotionProbability,
               float[] vector, Classifiers.Predictions linear) {
}
