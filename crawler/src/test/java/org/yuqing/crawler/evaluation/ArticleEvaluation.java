package org.yuqing.crawler.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.extract.PageExtractor;
import org.yuqing.crawler.fetch.FetchedPage;
import org.yuqing.crawler.fetch.HtmlDecoder;

/**
 * Scores the extractor on the article evaluation set ({@code /articles/eval}, see its README): each page read as
 * the crawler reads it (bytes, charset from the page), its document compared with the hand-checked truth. Scored
 * site by site: the extractor has no setting learned from any page, so holding a site out changes nothing in it,
 * and the figures per site are what leaving that site out gives.
 */
public final class ArticleEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "/articles/eval/";

    /** One page's outcome. */
    public record PageScore(String page, String site, boolean title, boolean date, boolean kind, boolean docNo,
                            boolean issuer, boolean source, boolean hijack, double body, String found) {
    }

    /** Shares over a set of pages; body is the mean character similarity. */
    public record Figures(int pages, double title, double date, double kind, double docNo, double issuer,
                          double source, double hijack, double body) {

        static Figures of(List<PageScore> scores) {
            int n = scores.size();
            return new Figures(n,
                    share(scores, PageScore::title), share(scores, PageScore::date), share(scores, PageScore::kind),
                    share(scores, PageScore::docNo), share(scores, PageScore::issuer), share(scores, PageScore::source),
                    share(scores, PageScore::hijack),
                    scores.stream().mapToDouble(PageScore::body).average().orElse(0));
        }

        private static double share(List<PageScore> scores, java.util.function.Predicate<PageScore> right) {
            return scores.isEmpty() ? 0 : (double) scores.stream().filter(right).count() / scores.size();
        }

        @Override
        public String toString() {
            return String.format("%3d pages  title %.3f  date %.3f  kind %.3f  doc_no %.3f  issuer %.3f  source %.3f"
                    + "  hijack %.3f  body %.3f", pages, title, date, kind, docNo, issuer, source, hijack, body);
        }
    }

    private ArticleEvaluation() {
    }

    /** The main set: the sixteen sites the extractor's last fixes were made while looking at. */
    public static List<PageScore> run() {
        return run("truth.jsonl");
    }

    /** The held-out set: sites added after the extractor was frozen, scored once. */
    public static List<PageScore> runHeldOut() {
        return run("heldout/truth.jsonl");
    }

    private static List<PageScore> run(String truthFile) {
        PageExtractor extractor = new PageExtractor();
        List<PageScore> scores = new ArrayList<>();
        for (JsonNode truth : truth(truthFile)) {
            String page = truth.get("page").asText();
            FetchedPage fetched = new FetchedPage("http://" + page.replace(".html", ".shtml"), 200, "text/html",
                    bytes(ROOT + page), null);
            List<RawDocument> documents = extractor.extract(HtmlDecoder.decode(fetched), truth.get("site").asText(), null)
                    .documents();
            RawDocument found = documents.isEmpty() ? null : documents.get(0);
            scores.add(score(page, truth, found));
        }
        return scores;
    }

    /** Figures over all pages, then per site in the order of the set. */
    public static Map<String, Figures> bySite(List<PageScore> scores) {
        Map<String, List<PageScore>> sites = new LinkedHashMap<>();
        for (PageScore score : scores) {
            sites.computeIfAbsent(score.site(), s -> new ArrayList<>()).add(score);
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        figures.put("all", Figures.of(scores));
        sites.forEach((site, pages) -> figures.put(site, Figures.of(pages)));
        return figures;
    }

    private static PageScore score(String page, JsonNode truth, RawDocument found) {
        if (found == null) {
            return new PageScore(page, truth.get("site").asText(), false, false, false, false, false, false, false, 0, "nothing");
        }
        return new PageScore(page, truth.get("site").asText(),
                Objects.equals(found.title(), text(truth, "title")),
                Objects.equals(found.publishedAt(), text(truth, "published_at")),
                found.kind().jsonName().equals(text(truth, "kind")),
                Objects.equals(found.docNo(), text(truth, "doc_no")),
                Objects.equals(found.issuer(), text(truth, "issuer")),
                Objects.equals(found.author(), text(truth, "source")),
                found.integrity().hijacked() == truth.path("hijacked").asBoolean(),
                similarity(found.text(), text(truth, "body")),
                found.kind().jsonName() + " | " + found.title() + " | " + found.publishedAt() + " | " + found.author()
                        + " | " + found.docNo() + " | " + found.issuer());
    }

    private static String text(JsonNode truth, String field) {
        JsonNode value = truth.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** 1 − edit distance / longer length, on the texts without whitespace (line breaks are layout, not content). */
    static double similarity(String found, String truth) {
        String a = found == null ? "" : found.replaceAll("\\s+", "");
        String b = truth == null ? "" : truth.replaceAll("\\s+", "");
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }

    private static List<JsonNode> truth(String file) {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : new String(bytes(ROOT + file), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                try {
                    rows.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return rows;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ArticleEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
