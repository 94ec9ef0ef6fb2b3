package org.yuqing.jobs.misreading;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many citizen messages use each word: the background against which a word shared by a comment and a policy
 * is weighed. 工作, 部门, 要求, 处理 appear in most messages to a government portal and in most policies, so sharing
 * them says nothing; 基础养老金 or 个税 do. A general-language background (a dictionary's counts) ranked many of the
 * portal's everyday words as rare, and long messages then linked to whatever policy shared enough of them.
 * Built by {@code ./yuqing train} from the training side of the citizen messages, shipped as a resource.
 */
public final class CitizenVocabulary {

    public static final String RESOURCE = "/org/yuqing/jobs/classify/citizen-words.tsv";
    /** Words in fewer messages are left out of the file: they are rare anyway, and the file stays small. */
    static final int MIN_MESSAGES = 3;

    private final int messages;
    private final Map<String, Integer> messagesUsing;

    CitizenVocabulary(int messages, Map<String, Integer> messagesUsing) {
        this.messages = messages;
        this.messagesUsing = Map.copyOf(messagesUsing);
    }

    public static CitizenVocabulary shipped() {
        return Shipped.VOCABULARY;
    }

    /** Loaded on first use, so that training can write the file before anything reads it. */
    private static final class Shipped {
        static final CitizenVocabulary VOCABULARY = load();
    }

    /** Counts, per word, the messages that use it. */
    public static CitizenVocabulary count(List<String> messages, ContentWords words) {
        Map<String, Integer> counts = new HashMap<>();
        messages.parallelStream()
                .map(text -> words.of(com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(text)))
                .toList()
                .forEach(inMessage -> inMessage.forEach(word -> counts.merge(word, 1, Integer::sum)));
        counts.values().removeIf(count -> count < MIN_MESSAGES);
        return new CitizenVocabulary(messages.size(), counts);
    }

    /**
     * How telling a word is, from 0 (in every message) to 1 (in too few messages to be counted): the IDF over the
     * messages, scaled by the IDF of a word below the counting floor.
     */
    public double rarity(String word) {
        double ceiling = Math.log((messages + 1.0) / MIN_MESSAGES);
        int using = messagesUsing.getOrDefault(word, 0);
        if (using == 0) {
            return 1;
        }
        return Math.max(0, Math.log((messages + 1.0) / (using + 1.0))) / ceiling;
    }

    public int messages() {
        return messages;
    }

    public void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# messages\t" + messages + "\n");
            List<Map.Entry<String, Integer>> entries = messagesUsing.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            for (Map.Entry<String, Integer> entry : entries) {
                out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
    }

    private static CitizenVocabulary load() {
        InputStream stream = CitizenVocabulary.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("the citizen vocabulary " + RESOURCE + " is missing from the classpath;"
                    + " ./yuqing train --data DIR writes it");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int messages = 0;
            Map<String, Integer> counts = new HashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                String[] fields = line.split("\t");
                if (line.startsWith("# messages")) {
                    messages = Integer.parseInt(fields[1]);
                } else if (fields.length == 2) {
                    counts.put(fields[0], Integer.parseInt(fields[1]));
                }
            }
            return new CitizenVocabulary(messages, counts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
