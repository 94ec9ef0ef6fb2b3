package org.yuqing.jobs.encoder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.json.Json;

/**
 * Writes what {@link ShippedEncoderTest} compares the shipped model with: the vectors and head probabilities of the
 * float graph that {@code training/transformer/dequantise.py} makes of it, for the texts given, one per line.
 * {@code FloatReference FLOAT_MODEL_DIR TEXTS.txt OUT.jsonl}.
 */
public final class FloatReference {

    public static void main(String[] args) throws IOException {
        List<String> texts = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        List<String> lines = new ArrayList<>();
        try (TextEncoder encoder = new TextEncoder(EncoderModel.from(Path.of(args[0])))) {
            List<Encoding> encodings = encoder.encode(texts);
            for (int i = 0; i < texts.size(); i++) {
                ObjectNode line = Json.mapper().createObjectNode().put("text", texts.get(i));
                line.set("vector", Json.mapper().valueToTree(encodings.get(i).vector()));
                line.set("probabilities", Json.mapper().valueToTree(encodings.get(i).probabilities()));
                lines.add(Json.mapper().writeValueAsString(line));
            }
        }
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " texts: " + args[2]);
    }

    private FloatReference() {
    }
}
