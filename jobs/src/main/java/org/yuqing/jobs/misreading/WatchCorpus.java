package org.yuqing.jobs.misreading;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyFactory;
import org.yuqing.jobs.policy.PolicyRecord;

/**
 * The labelled corpus the policy watch learns from and is measured on: a folder with {@code policies.jsonl} and
 * {@code comments/*.jsonl}. A line that does not parse, or a misreading whose clause is not a passage of its
 * policy, stops the reading with the file and line named.
 */
public record WatchCorpus(List<Policy> policies, List<LabelledComment> comments) {

    public static WatchCorpus read(Path folder) {
        PolicyFactory factory = new PolicyFactory();
        List<Policy> policies = new ArrayList<>();
        Path policyFile = folder.resolve("policies.jsonl");
        forEachLine(policyFile, (line, where) -> policies.add(
                Json.read(line, PolicyRecord.class).toPolicy(factory, LocalDate.of(2020, 1, 1))));
        List<LabelledComment> comments = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve("comments"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                forEachLine(file, (line, where) -> {
                    LabelledComment comment = Json.read(line, LabelledComment.class);
                    if (comment.misreading()) {
                        Policy policy = policies.stream().filter(p -> p.id().equals(comment.policyId())).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException(where + ": no policy " + comment.policyId()));
                        if (comment.clause() == null || !policy.text().contains(comment.clause())) {
                            throw new IllegalArgumentException(where + ": the clause is not a passage of " + policy.id());
                        }
                    }
                    comments.add(comment);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.resolve("comments"), e);
        }
        return new WatchCorpus(List.copyOf(policies), List.copyOf(comments));
    }

    private interface LineReader {
        void read(String line, String where) throws JsonProcessingException;
    }

    private static void forEachLine(Path file, LineReader reader) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ": line " + (i + 1);
            try {
                reader.read(lines.get(i), where);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + " does not parse: " + e.getOriginalMessage(), e);
            }
        }
    }
}
