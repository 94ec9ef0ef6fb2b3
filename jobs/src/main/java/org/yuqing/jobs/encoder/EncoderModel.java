package org.yuqing.jobs.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an encoder's files come from: the ONNX graph and its WordPiece vocabulary (one token a line).
 *
 * @param name for messages
 */
public record EncoderModel(String name, byte[] graph, byte[] vocabulary) {

    static final String RESOURCE_FOLDER = "/org/yuqing/jobs/encoder/";

    /**
     * The fine-tuned model shipped in the jar (training/transformer/README.md says how it was made): the sentence
     * vector and the polarity, emotion and topic heads.
     */
    public static EncoderModel shipped() {
        return new EncoderModel("the shipped encoder", resource(RESOURCE_FOLDER + "model.onnx"),
                resource(RESOURCE_FOLDER + "vocab.txt"));
    }

    /** A model folder written by the training's export: model.onnx and vocab.txt. */
    public static EncoderModel from(Path folder) {
        try {
            return new EncoderModel(folder.toString(), Files.readAllBytes(folder.resolve("model.onnx")),
                    Files.readAllBytes(folder.resolve("vocab.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the encoder model in " + folder, e);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = EncoderModel.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
