package org.yuqing.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.json.Json;

/**
 * Real messages to replay under load: citizen messages (teddy2020c) and Weibo posts (smp2020_ewect, weibo_senti),
 * read from a folder laid out like ../shared/data. Only the text is kept; ids are made fresh for every replay.
 */
public record ReplayCorpus(List<String> texts) {

    private static final List<String> FILES = List.of(
            "teddy2020c/fj2_detail.dev.jsonl", "smp2020_ewect/smp2020_ewect.dev.jsonl",
            "weibo_senti_100k_subset/weibo_senti_100k_subset.dev.jsonl");

    public static ReplayCorpus load(Path dataDirectory) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : FILES) {
            Path path = dataDirectory.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode record = Json.mapper().readTree(line);
                    String text = record.hasNonNull("detail") ? record.get("detail").asText() : record.path("text").asText();
                    if (!text.isBlank()) {
                        texts.add(text);
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no messages found under " + dataDirectory + " (expected one of " + FILES + ")");
        }
        return new ReplayCorpus(List.copyOf(texts));
    }
}
