package org.yuqing.cli.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.MisreadingFinding;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.analysis.TextAnalysisResult;
import org.yuqing.jobs.misreading.PolicyWatch;
import org.yuqing.jobs.policy.PolicyRecord;

/** One input line of {@code ./yuqing analyze} in, its output line or the reason it has none out. */
final class AnalyzedLine {

    /** Either the output JSON or an error message naming the line; both null for a blank line. */
    record Outcome(String json, String error) {
    }

    private final TextAnalysis analysis;
    private final PolicyWatch policyWatch;

    /** @param policyWatch the registered policies to link to, or null when none were given */
    AnalyzedLine(TextAnalysis analysis, PolicyWatch policyWatch) {
        this.analysis = analysis;
        this.policyWatch = policyWatch;
    }

    /** A line read as a document, before analysis. */
    private record Parsed(ObjectNode record, String title, boolean hasTitle, String text, DocumentKind kind) {
    }

    Outcome analyze(String line, int lineNumber) {
        return analyze(List.of(line), lineNumber).get(0);
    }

    /**
     * The outcomes of consecutive lines, the first numbered {@code firstLineNumber}: their documents go through
     * the chain together, so that those the linear models are unsure of reach the transformer as one micro-batch.
     */
    List<Outcome> analyze(List<String> lines, int firstLineNumber) {
        Outcome[] outcomes = new Outcome[lines.size()];
        List<Integer> documents = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Object read = parse(lines.get(i), firstLineNumber + i);
            if (read instanceof Parsed document) {
                documents.add(i);
                parsed.add(document);
            } else {
                outcomes[i] = (Outcome) read;
            }
        }
        List<TextAnalysisResult> results;
        try {
            results = analysis.analyzeAll(parsed.stream().map(AnalyzedLine::input).toList());
        } catch (RuntimeException batchFailed) {
            results = null; // one at a time below, so that only the document at fault is reported
        }
        for (int k = 0; k < documents.size(); k++) {
            int i = documents.get(k);
            try {
                Parsed document = parsed.get(k);
                TextAnalysisResult result = results != null ? results.get(k)
                        : analysis.analyzeAll(List.of(input(document))).get(0);
                outcomes[i] = output(document, result);
            } catch (IllegalArgumentException e) {
                outcomes[i] = failed(firstLineNumber + i, e.getMessage());
            } catch (RuntimeException e) {
                outcomes[i] = failed(firstLineNumber + i, "analysis failed: " + e);
            }
        }
        return Arrays.asList(outcomes);
    }

    /** The document of a line, or the outcome of a line that has none. */
    private static Object parse(String line, int lineNumber) {
        if (line.isBlank()) {
            return new Outcome(null, null);
        }
        try {
            JsonNode node = Json.mapper().readTree(line);
            if (!(node instanceof ObjectNode record)) {
                return failed(lineNumber, "not a JSON object");
            }
            JsonNode text = record.get("text");
            if (text == null || !text.isTextual()) {
                return failed(lineNumber, "no \"text\" string");
            }
            JsonNode titleNode = record.get("title");
            boolean hasTitle = titleNode != null && titleNode.isTextual();
            return new Parsed(record, hasTitle ? titleNode.asText() : "", hasTitle, text.asText(), kind(record.get("kind")));
        } catch (JsonProcessingException e) {
            return failed(lineNumber, "not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return failed(lineNumber, e.getMessage());
        }
    }

    private Outcome output(Parsed document, TextAnalysisResult result) {
        ObjectNode record = document.record();
        if (TextAnalysis.isWrittenByCitizens(document.kind())) {
            record.put("text", analysis.preparation().maskOnly(document.text()));
            if (document.hasTitle()) {
                record.put("title", analysis.preparation().maskOnly(document.title()));
            }
        }
        addResult(record, result);
        addPolicyWatch(record, document.kind(), document.title(), result);
        return new Outcome(Json.write(record), null);
    }

    /** The page a comment was posted under ({@code reply_to}), which settles what a short comment is about. */
    private static String postedUnder(ObjectNode record) {
        JsonNode replyTo = record.get("reply_to");
        return replyTo != null && replyTo.isTextual() ? replyTo.asText() : null;
    }

    private static DocumentKind kind(JsonNode node) {
        return node == null || node.isNull() ? null : DocumentKind.fromJson(node.asText());
    }

    private static void addResult(ObjectNode record, TextAnalysisResult result) {
        record.put("clean_text", result.cleanText());
        record.put("tokens", result.tokens());
        record.put("topic", result.topic());
        record.put("topic_score", result.topicScore());
        record.put("sentiment", result.sentiment());
        record.put("sentiment_score", result.sentimentScore());
        record.put("emotion", result.emotion());
        record.set("keywords", strings(record, result.keywords()));
        record.set("places", strings(record, result.places()));
        record.set("orgs", strings(record, result.orgs()));
    }

    /** What the chain reads of a document: its writer's title and its text ({@link DocumentKind#writersTitle}). */
    private static TextAnalysis.Input input(Parsed document) {
        return new TextAnalysis.Input(DocumentKind.writersTitle(document.kind(), document.title()), document.text());
    }

    /** policy_ids and misreading are always there, empty without policies, so that consumers can rely on them. */
    private void addPolicyWatch(ObjectNode record, DocumentKind kind, String title, TextAnalysisResult result) {
        String writersTitle = DocumentKind.writersTitle(kind, title);
        // the chain read the writer's title with the text: its tokens and vector are of the same words
        PolicyWatch.Verdict verdict = policyWatch == null
                ? new PolicyWatch.Verdict(List.of(), MisreadingFinding.NONE)
                : policyWatch.watchAnalyzed(analysis.preparation().clean(writersTitle), result.cleanText(),
                        result.tokens(), result.vector(), writtenOn(record), postedUnder(record));
        record.set("policy_ids", strings(record, verdict.policyIds()));
        record.set("misreading", Json.mapper().valueToTree(verdict.misreading()));
    }

    private static LocalDate writtenOn(ObjectNode record) {
        JsonNode published = record.get("published_at");
        return PolicyRecord.day(published != null && published.isTextual() ? published.asText() : null, LocalDate.now());
    }

    private static ArrayNode strings(ObjectNode record, List<String> values) {
        ArrayNode array = record.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static Outcome failed(int lineNumber, String reason) {
        return new Outcome(null, "line " + lineNumber + ": " + reason);
    }
}
