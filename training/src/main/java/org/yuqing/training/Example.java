package org.yuqing.training;

/**
 * A labelled text from a corpus.
 *
 * @param splitKey what decides whether the example is held out; records of one message share it, so that a
 *     message cannot be trained on in one file and evaluated on in another
 */
public record Example(String title, String text, String label, String splitKey) {
}
