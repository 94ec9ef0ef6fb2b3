package org.yuqing.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yuqing.jobs.classify.Task;

/**
 * Reads the labelled corpora from a folder laid out like the project's shared data folder (one JSON record a
 * line; see the NOTICE file for their sources): which file feeds which task, and how its fields map to a title,
 * a text and a label.
 */
public final class Corpora {

    /** A corpus file of one task. */
    public record Dataset(String name, Task task, List<Example> examples) {
    }

    /** An unlabelled real message, for replaying under load or timing the analysis. */
    public record Message(String title, String text) {
    }

    /** What the public writes about government: citizen messages to a portal and Weibo posts. */
    public static final List<String> PUBLIC_OPINION = List.of(
            "teddy2020c/fj2_detail.dev.jsonl", "smp2020_ewect/smp2020_ewect.dev.jsonl",
            "weibo_senti_100k_subset/weibo_senti_100k_subset.dev.jsonl");

    /**
     * Every message of the folder (about 114,000 of 88 characters on average): citizen messages, Weibo posts on
     * public matters, product and hotel reviews.
     */
    public static final List<String> EVERY_MESSAGE = List.of(
            "teddy2020c/fj2_detail.dev.jsonl", "teddy2020c/fj3_likes.dev.jsonl", "teddy2020c/fj4_replies.dev.jsonl",
            "smp2020_ewect/smp2020_ewect.dev.jsonl", "weibo_senti_100k_subset/weibo_senti_100k_subset.dev.jsonl",
            "osm2022_weibo_social_movements/osm2022_weibo_social_movements.dev.jsonl",
            "nlpcc2016_stance/nlpcc2016_stance.dev.jsonl", "rumor_ced/ced.dev.jsonl",
            "online_shopping_10_cats/online_shopping_10_cats.dev.jsonl", "waimai_10k/waimai_10k.dev.jsonl",
            "chnsenticorp_htl/chnsenticorp_htl.dev.jsonl");

    // Weibo sentiment labels were derived from these emoticons; kept, they would let the model read the answer.
    private static final Pattern WEIBO_EMOTICON = Pattern.compile("\\[[^\\[\\]\\s]{1,8}\\]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpora() {
    }

    public static List<Dataset> all(Path root) {
        List<Dataset> datasets = new ArrayList<>();
        for (Task task : Task.values()) {
            datasets.addAll(of(root, task));
        }
        return datasets;
    }

    public static List<Dataset> of(Path root, Task task) {
        return switch (task) {
            case TOPIC -> List.of(
                    read(root, "teddy2020c/fj2_topic.dev.jsonl", "teddy_subject", task,
                            r -> new Example(text(r, "topic"), "", text(r, "label"), text(r, "topic"))),
                    read(root, "teddy2020c/fj2_detail.dev.jsonl", "teddy_detail", task,
                            r -> new Example(text(r, "topic"), text(r, "detail"), text(r, "label"),
                                    // about half the details lost their subject: the text itself identifies them
                                    text(r, "topic").isEmpty() ? text(r, "detail") : text(r, "topic"))));
            case SENTIMENT -> List.of(
                    read(root, "chnsenticorp_htl/chnsenticorp_htl.dev.jsonl", "chnsenticorp_htl", task, Corpora::polarity),
                    read(root, "weibo_senti_100k_subset/weibo_senti_100k_subset.dev.jsonl", "weibo_senti_100k_no_emoticons",
                            task, r -> stripEmoticons(polarity(r))),
                    read(root, "waimai_10k/waimai_10k.dev.jsonl", "waimai_10k", task, Corpora::polarity),
                    read(root, "online_shopping_10_cats/online_shopping_10_cats.dev.jsonl", "online_shopping_10_cats",
                            task, Corpora::polarity));
            case EMOTION -> List.of(
                    read(root, "smp2020_ewect/smp2020_ewect.dev.jsonl", "smp2020_ewect", task,
                            r -> new Example("", text(r, "text"), text(r, "label"), text(r, "text"))));
        };
    }

    /**
     * The messages of those of {@code files} that the folder has, each with its subject as title where it has one
     * (Teddy Cup); blank ones left out.
     *
     * @throws IOException if none of the files is there, or one cannot be read
     */
    public static List<Message> messages(Path root, List<String> files) throws IOException {
        List<Message> messages = new ArrayList<>();
        for (String file : files) {
            Path path = root.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode record = JSON.readTree(line);
                    String text = record.hasNonNull("detail") ? text(record, "detail") : text(record, "text");
                    if (!text.isBlank()) {
                        messages.add(new Message(text(record, "topic"), text));
                    }
                }
            }
        }
        if (messages.isEmpty()) {
            throw new IOException("no messages found under " + root + " (expected one of " + files + ")");
        }
        return List.copyOf(messages);
    }

    private static Example polarity(JsonNode r) {
        String text = text(r, "text");
        return new Example("", text, r.path("label").asInt() == 1 ? "positive" : "negative", text);
    }

    private static Example stripEmoticons(Example e) {
        return new Example(e.title(), WEIBO_EMOTICON.matcher(e.text()).replaceAll(""), e.label(), e.splitKey());
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static Dataset read(Path root, String file, String name, Task task, Function<JsonNode, Example> map) {
        Path path = root.resolve(file);
        List<Example> examples = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Example example = map.apply(JSON.readTree(line));
                if (task.labels().contains(example.label()) && !(example.title() + example.text()).isBlank()) {
                    examples.add(example);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + path, e);
        }
        return new Dataset(name, task, examples);
    }
}
