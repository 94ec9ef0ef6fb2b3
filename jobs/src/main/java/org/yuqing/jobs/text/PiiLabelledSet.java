package org.yuqing.jobs.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages with every personal datum and every public number labelled, as JSON lines:
 * {@code {"id", "text", "spans": [{"kind", "start", "end", "keep"}]}}. Offsets count UTF-16 code units; {@code keep}
 * is how many leading characters a mask may leave (a name's surname, a plate's province and letter). Kinds that
 * start with {@code public_}, and {@code reference}, must stay as they are.
 */
public final class PiiLabelledSet {

    public record Span(String kind, int start, int end, int keep) {

        public boolean mustStay() {
            return kind.startsWith("public_") || kind.equals("reference");
        }
    }

    public record Message(String id, String text, List<Span> spans) {
    }

    private PiiLabelledSet() {
    }

    public static List<Message> read(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Message> messages = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String text = node.path("text").asText();
            List<Span> spans = new ArrayList<>();
            for (JsonNode span : node.path("spans")) {
                Span s = new Span(span.path("kind").asText(), span.path("start").asInt(), span.path("end").asInt(),
                        span.path("keep").asInt(0));
                if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()
                        || (span.has("text") && !text.substring(s.start(), s.end()).equals(span.get("text").asText()))) {
                    throw new IOException("line " + number + ": span " + span + " does not match the text");
                }
                spans.add(s);
            }
            messages.add(new Message(node.path("id").asText("line-" + number), text, spans));
        }
        return messages;
    }
}
