package org.yuqing.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.LocalSite;

/**
 * A department site of the evaluation set crawled over HTTP from its list page: the list yields links only, each
 * repost one policy named after its original issuer, though the server labels the GB18030 pages UTF-8.
 */
class RepostSiteCrawlTest {

    private static final String SITE = "szeb.sz.gov.cn";

    @Test
    void aListPageLeadsToTheRepostsAndYieldsNothingItself() throws Exception {
        List<JsonNode> truth = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/articles/eval/truth.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode row = line.isBlank() ? null : new ObjectMapper().readTree(line);
                if (row != null && row.get("site").asText().equals(SITE)) {
                    truth.add(row);
                }
            }
        }
        try (LocalSite site = LocalSite.start()) {
            StringBuilder list = new StringBuilder("<html><head><meta charset=\"gb2312\"><title>通知公告_深圳市教育局</title>"
                    + "</head><body><div class=\"nav\"><a href=\"/xxgk/tzgg/index.html\">通知公告</a></div><ul class=\"list\">");
            for (JsonNode row : truth) {
                String path = "/xxgk/tzgg/" + row.get("page").asText().replace(SITE + "/", "");
                try (InputStream in = getClass().getResourceAsStream("/articles/eval/" + row.get("page").asText())) {
                    site.bytes(path, "text/html; charset=UTF-8", in.readAllBytes());
                }
                list.append("<li><a href=\"").append(path).append("\">").append(row.get("title").asText())
                        .append("</a><span>").append(row.get("published_at").asText(), 0, 10).append("</span></li>");
            }
            site.bytes("/xxgk/tzgg/index.html", "text/html; charset=UTF-8",
                    list.append("</ul><a href=\"/xxgk/tzgg/index.html\">下一页</a></body></html>").toString()
                            .getBytes(java.nio.charset.Charset.forName("GB18030")));
            CollectingSink sink = new CollectingSink();

            CrawlReport report = new Crawler(CrawlOptions.forHosts(Set.of(site.host())).withMinDelayPerHost(Duration.ZERO))
                    .crawl(List.of(site.url("/xxgk/tzgg/index.html")), SITE, sink, CrawlListener.SILENT);

            assertThat(report.failures()).containsOnlyKeys("http 404"); // the pages' navigation, not served here
            assertThat(sink.documents()).hasSize(truth.size())
                    .allSatisfy(d -> assertThat(d.kind()).isEqualTo(DocumentKind.POLICY))
                    .extracting(RawDocument::title)
                    .containsExactlyInAnyOrderElementsOf(truth.stream().map(t -> t.get("title").asText()).toList());
            assertThat(sink.documents()).extracting(RawDocument::issuer)
                    .containsExactlyInAnyOrderElementsOf(truth.stream().map(t -> t.get("issuer").asText()).toList());
        }
    }
}
