package org.yuqing.crawler.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real www.gov.cn policy pages (HTML fragments) with the metadata their own table shows: ten copied into the test
 * resources, and the forty of the shared data set where a checkout has it beside it.
 */
public final class GovCnPages {

    public static final List<String> FIELDS =
            List.of("index_no", "subject", "issuer", "written_at", "title", "doc_no", "published_at");

    /** One page: its name, its body fragment, and the truth by field. */
    public record Page(String name, String fragment, Map<String, String> truth) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DAY = Pattern.compile("(\\d{4})年(\\d{2})月(\\d{2})日");

    private GovCnPages() {
    }

    /** The ten pages in the test resources. */
    public static List<Page> sample() {
        try (InputStream index = GovCnPages.class.getResourceAsStream("/govcn/pages/index.jsonl")) {
            List<Page> pages = new ArrayList<>();
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    try (InputStream in = GovCnPages.class.getResourceAsStream("/govcn/pages/" + row.get("file").asText())) {
                        pages.add(page(row, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages of the shared data set, if a folder shared/data/govcn_policy_pages is found above this one. */
    public static Optional<List<Page>> shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared/data/govcn_policy_pages");
            if (Files.isRegularFile(data.resolve("index.jsonl"))) {
                return Optional.of(read(data));
            }
        }
        return Optional.empty();
    }

    private static List<Page> read(Path data) {
        try {
            List<Page> pages = new ArrayList<>();
            for (String line : Files.readAllLines(data.resolve("index.jsonl"))) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    pages.add(page(row, Files.readString(data.resolve(row.get("file").asText()))));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page page(JsonNode row, String fragment) {
        JsonNode table = row.get("html_table_meta");
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put("index_no", table.path("index_no").asText(null));
        truth.put("subject", table.path("topic_category").asText(null));
        truth.put("issuer", table.path("issuer").asText(null));
        truth.put("written_at", isoDay(table.path("written_date").asText(null)));
        truth.put("title", table.path("title").asText(null));
        truth.put("doc_no", table.path("doc_no").asText(null));
        truth.put("published_at", isoDay(table.path("publish_date").asText(null)));
        String name = row.get("file").asText().replaceAll(".*content_(\\d+).*", "content_$1.html");
        return new Page(name, fragment, truth);
    }

    private static String isoDay(String chinese) {
        if (chinese == null) {
            return null;
        }
        Matcher m = DAY.matcher(chinese);
        return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : chinese;
    }

    /**
     * Serves the pages as a portal does: a policy list split over pages with a 下一页 link, each policy page whole
     * (a head with the usual "title_政策文件" {@code <title>}). Returns the URL of the first list page.
     */
    public static String servePortal(LocalSite site, List<Page> pages, int perListPage) {
        int listPages = (pages.size() + perListPage - 1) / perListPage;
        for (int p = 0; p < listPages; p++) {
            StringBuilder list = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>政策文件</title></head><body><ul>");
            for (Page page : pages.subList(p * perListPage, Math.min(pages.size(), (p + 1) * perListPage))) {
                list.append("<li><a href=\"/zhengce/").append(page.name()).append("\">")
                        .append(page.truth().get("title")).append("</a></li>");
            }
            list.append("</ul>");
            if (p + 1 < listPages) {
                list.append("<a href=\"/zhengce/index_").append(p + 1).append(".html\">下一页</a>");
            }
            site.page(p == 0 ? "/zhengce/index.html" : "/zhengce/index_" + p + ".html", list.append("</body></html>").toString());
        }
        for (Page page : pages) {
            site.page("/zhengce/" + page.name(), "<html><head><meta charset=\"utf-8\"><title>" + page.truth().get("title")
                    + "_政策文件</title></head><body>" + page.fragment() + "</body></html>");
        }
        return site.url("/zhengce/index.html");
    }
}
