package org.yuqing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.briefing.figures.BriefingIndices;
import org.yuqing.briefing.figures.WeekFigures;
import org.yuqing.briefing.figures.WeekFiguresQuery;
import org.yuqing.briefing.render.CjkFont;
import org.yuqing.briefing.week.BriefingWeek;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertLifecycle;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertStatus;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.Integrity;
import org.yuqing.core.document.MisreadingFinding;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.elasticsearch.IndexTemplates;
import org.yuqing.jobs.hotissues.HotIssue;

/**
 * Fills indices of its own with a known week (2026-W47) and the week before, writes the briefing from them and
 * reads the PDF back: the numbers in it are the ones loaded, in the PDF and the HTML alike.
 */
class BriefingIT {

    private static final String ELASTICSEARCH = System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200");
    private static final String PREFIX = "briefing-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final BriefingIndices INDICES =
            new BriefingIndices(PREFIX + "-docs-*", PREFIX + "-hot-issues", PREFIX + "-alerts");
    private static final BriefingWeek WEEK = BriefingWeek.parse("2026-W47");
    private static final String P1 = PREFIX + "-policy-1";
    private static final String P2 = PREFIX + "-policy-2";
    private static final String P1_TITLE = "关于进一步做好高校毕业生就业工作的通知";
    private static final String P1_CLAUSE = "离校两年内未就业的高校毕业生可申领一次性求职创业补贴";

    private static RestClientTransport transport;
    private static ElasticsearchClient client;
    private static int serial;

    @BeforeAll
    static void loadAKnownWeek() throws Exception {
        transport = new RestClientTransport(RestClient.builder(HttpHost.create(ELASTICSEARCH)).build(),
                new JacksonJsonpMapper(Json.mapper()));
        client = new ElasticsearchClient(transport);
        createIndex(PREFIX + "-docs-2026.11", "yuqing-docs.template.json");
        createIndex(PREFIX + "-docs-2026.10", "yuqing-docs.template.json");
        createIndex(PREFIX + "-hot-issues", "yuqing-hot-issues.template.json");

        // 2026-W47 (16-22 November, China time): 12 messages and comments.
        // The first is published 00:30 on Monday in China, still Sunday in UTC: it belongs to W47.
        message("2026-11-15T16:30:00Z", "留言板", "北京市", "劳动和社会保障", "negative", "angry", null);
        message("2026-11-16T02:00:00Z", "留言板", "北京市", "劳动和社会保障", "negative", "angry", misread(P1, "overgeneralization"));
        message("2026-11-16T03:00:00Z", "留言板", "北京市", "劳动和社会保障", "negative", "angry", misread(P1, "overgeneralization"));
        message("2026-11-17T03:00:00Z", "留言板", "北京市", "劳动和社会保障", "negative", "sad", misread(P1, "contradiction"));
        message("2026-11-17T05:00:00Z", "留言板", "北京市", "劳动和社会保障", "neutral", "neutral", null);
        message("2026-11-18T05:00:00Z", "留言板", "北京市", "劳动和社会保障", "neutral", "neutral", null);
        message("2026-11-19T05:00:00Z", "留言板", "北京市", "劳动和社会保障", "positive", "happy", null);
        message("2026-11-19T06:00:00Z", "留言板", "北京市", "交通运输", "negative", "angry", misread(P2, "rumor"));
        message("2026-11-20T06:00:00Z", "留言板", "北京市", "交通运输", "neutral", "neutral", null);
        message("2026-11-21T06:00:00Z", "留言板", "北京市", "交通运输", "neutral", "neutral", null);
        comment("2026-11-21T08:00:00Z", "新闻评论", "天津市", "城乡建设", "negative");
        comment("2026-11-22T08:00:00Z", "新闻评论", "天津市", "城乡建设", "positive");
        // Not the public's words, or not in the week: none of these counts.
        index(doc(DocumentKind.REPLY, "2026-11-18T08:00:00Z", "留言板", "北京市").build(), "劳动和社会保障", "neutral", "neutral", null);
        message("2026-11-22T16:30:00Z", "留言板", "北京市", "劳动和社会保障", "negative", "angry", misread(P1, "overgeneralization"));
        // The policies: P1 published in W47, P2 in October and still discussed.
        index(doc(P1, DocumentKind.POLICY, "2026-11-16T01:00:00Z", "政府网站", "北京市").title(P1_TITLE)
                .docNo("京政办发〔2026〕30号").issuer("北京市人民政府办公厅").build(), null, null, null, null);
        index(doc(P2, DocumentKind.POLICY, "2026-10-09T01:00:00Z", "政府网站", "北京市").title("关于调整公共交通票价的通知")
                .docNo("京交发〔2026〕8号").issuer("北京市交通委员会").build(), null, null, null, null);
        // Two pages of a county site found hijacked in W47 (published long before).
        for (int page = 1; page <= 2; page++) {
            index(doc(DocumentKind.POLICY, "2026-10-01T01:00:00Z", "某县政府网站", "北京市")
                    .url("http://www.mouxian.gov.cn/zwgk/" + page + ".html").fetchedAt("2026-11-18T01:00:00Z")
                    .integrity(Integrity.hijacked(List.of("pinyin after every character"))).build(), null, null, null, null);
        }
        // 2026-W46: 8 messages, 2 negative, 1 misreading.
        for (int i = 0; i < 8; i++) {
            message(String.format("2026-11-%02dT03:00:00Z", 9 + i % 6), "留言板", "北京市",
                    "城乡建设", i < 2 ? "negative" : "neutral", "neutral", i == 0 ? misread(P2, "rumor") : null);
        }

        hotIssue("求职补贴申领难", 9, 1.5, "2026-11-16T02:00:00Z", "2026-11-19T05:00:00Z", 9.0, "补贴到底谁能领？问了三次都说不清");
        hotIssue("地铁票价调整传言", 3, 0.0, "2026-11-19T06:00:00Z", "2026-11-21T06:00:00Z", 4.0, "听说地铁要涨到十块？");
        hotIssue("去年的旧话题", 30, 0.0, "2026-10-26T02:00:00Z", "2026-10-28T05:00:00Z", 20.0, "早就过去的事");

        alert("answered-6h", AlertType.MISREADING, "北京市人力资源和社会保障局", "“求职创业补贴”被误读",
                "2026-11-16T04:00:00Z", "2026-11-18T04:00:00Z", "answered", "2026-11-16T10:00:00Z");
        alert("overdue", AlertType.MISREADING, "北京市交通委员会", "“公交票价”谣言", "2026-11-19T08:00:00Z",
                "2026-11-20T08:00:00Z", "open", null);
        alert("hijack-not-due", AlertType.SITE_HIJACKED, "某县人民政府办公室", "某县政府网站页面被劫持",
                "2026-11-22T01:00:00Z", "2026-11-25T01:00:00Z", "acknowledged", null);
        alert("long-ago", AlertType.MISREADING, "北京市教育委员会", "旧预警", "2026-10-05T04:00:00Z",
                "2026-10-07T04:00:00Z", "answered", "2026-10-06T04:00:00Z");
        client.indices().refresh(r -> r.index(PREFIX + "-*"));
    }

    @AfterAll
    static void dropIndices() throws Exception {
        if (client != null) {
            // This Elasticsearch refuses to delete by wildcard: name each index of this run.
            List<String> names = new ArrayList<>(client.indices().get(g -> g.index(PREFIX + "-*")).result().keySet());
            if (!names.isEmpty()) {
                client.indices().delete(d -> d.index(names));
            }
            transport.close();
        }
    }

    @Test
    void theBriefingOfAKnownWeekShowsTheFiguresLoaded(@TempDir Path out) throws Exception {
        Briefing briefing = briefings().write(WEEK, null);
        BriefingFiles files = briefing.saveTo(out);

        WeekFigures figures = briefing.figures();
        assertThat(figures.volume().current()).isEqualTo(12);
        assertThat(figures.volume().previous()).isEqualTo(8);
        assertThat(figures.thisWeek().topTopic().key()).isEqualTo("劳动和社会保障");
        assertThat(figures.misreadings().current()).isEqualTo(4);
        assertThat(figures.hotIssues()).extracting("title").containsExactly("求职补贴申领难", "地铁票价调整传言");

        assertThat(files.pdf()).hasFileName("yuqing-briefing-2026-W47.pdf");
        assertThat(files.html()).hasFileName("yuqing-briefing-2026-W47.html");
        String html = Files.readString(files.html());
        try (PDDocument pdf = Loader.loadPDF(files.pdf().toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (String sameInBoth : List.of(
                    "共监测到公众留言和评论12条，较上周增长50.0%（上周8条）",
                    "公众最关注“劳动和社会保障”类问题，共7条，占58.3%",
                    "负面情绪占50.0%，较上周上升25.0个百分点",
                    "涉及政策误读4条",
                    "《" + P1_TITLE + "》",
                    P1_CLAUSE,
                    "求职补贴申领难",
                    "补贴到底谁能领？问了三次都说不清",
                    "本周发出预警3条，答复1条，超期未答复1条",
                    "答复用时中位数：6.0小时",
                    "北京市交通委员会：““公交票价”谣言”",
                    "www.mouxian.gov.cn（被劫持2页）",
                    "督促北京市交通委员会尽快答复")) {
                assertThat(text).as("PDF").contains(sameInBoth.replaceAll("\\s+", ""));
                assertThat(html).as("HTML").contains(sameInBoth);
            }
            assertThat(text).doesNotContain("去年的旧话题", "旧预警");

            assertThat(fontsOfFirstPage(pdf)).as("fonts of page 1")
                    .anyMatch(font -> font.getName().contains("WenQuanYi") && font.isEmbedded());
            assertThat(darkPixelsInTitleArea(pdf)).as("the title's Chinese glyphs drawn on page 1").isGreaterThan(200);
        }
    }

    @Test
    void oneRegionCountsOnlyItsOwnDocuments() throws Exception {
        WeekFigures tianjin = new WeekFiguresQuery(client, INDICES).of(WEEK, "天津市");

        assertThat(tianjin.volume().current()).isEqualTo(2);
        assertThat(tianjin.thisWeek().topTopic().key()).isEqualTo("城乡建设");
        assertThat(tianjin.alerts().raised()).isZero();
    }

    @Test
    void anEmptyWeekGivesAShortHonestBriefing(@TempDir Path out) throws Exception {
        Briefing briefing = briefings().write(BriefingWeek.parse("2026-W30"), null);

        try (PDDocument pdf = Loader.loadPDF(briefing.saveTo(out).pdf().toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("本周未监测到公众留言和评论", "暂无需要特别关注的事项").doesNotContain("主要数据");
        }
    }

    @Test
    void aDeploymentWithoutTheAlertIndexStillGetsItsBriefing() throws Exception {
        BriefingIndices noAlerts = new BriefingIndices(INDICES.documents(), INDICES.hotIssues(), PREFIX + "-no-such-index");

        WeekFigures figures = new WeekFiguresQuery(client, noAlerts).of(WEEK, null);

        assertThat(figures.volume().current()).isEqualTo(12);
        assertThat(figures.alerts().raised()).isZero();
    }

    private static WeeklyBriefing briefings() {
        return new WeeklyBriefing(new WeekFiguresQuery(client, INDICES), CjkFont.locate(null, Map.of()),
                Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
    }

    private static List<PDFont> fontsOfFirstPage(PDDocument pdf) throws Exception {
        PDResources resources = pdf.getPage(0).getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** Dark or red pixels in the band where the title 舆情周报 stands, at 72 dpi. */
    private static int darkPixelsInTitleArea(PDDocument pdf) throws Exception {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
        int dark = 0;
        for (int y = 40; y < 90; y++) {
            for (int x = page.getWidth() / 4; x < page.getWidth() * 3 / 4; x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r + g + b < 3 * 200) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static void createIndex(String name, String template) throws Exception {
        try (InputStream in = IndexTemplates.class.getResourceAsStream(template)) {
            JsonNode mappings = Json.mapper().readTree(in).at("/template/mappings");
            byte[] body = Json.mapper().writeValueAsBytes(Json.mapper().createObjectNode().set("mappings", mappings));
            client.indices().create(c -> c.index(name).withJson(new ByteArrayInputStream(body)));
        }
    }

    private static RawDocument.Builder doc(DocumentKind kind, String publishedAt, String source, String region) {
        return doc(PREFIX + "-" + (++serial), kind, publishedAt, source, region);
    }

    private static RawDocument.Builder doc(String id, DocumentKind kind, String publishedAt, String source, String region) {
        return RawDocument.builder(id, kind).source(source).region(region)
                .publishedAt(publishedAt).fetchedAt(publishedAt).url("http://127.0.0.1/" + PREFIX + "/" + serial)
                .title("测试" + serial).text("测试文本" + serial);
    }

    private static MisreadingFinding misread(String policy, String kind) {
        String clause = policy.equals(P1) ? P1_CLAUSE : "地铁票价按里程计价";
        return new MisreadingFinding(true, kind, clause, policy + "-c1", policy, 0.9, null);
    }

    private static void message(String at, String source, String region, String topic, String sentiment, String emotion,
                                MisreadingFinding misreading) throws Exception {
        index(doc(DocumentKind.MESSAGE, at, source, region).build(), topic, sentiment, emotion, misreading);
    }

    private static void comment(String at, String source, String region, String topic, String sentiment) throws Exception {
        index(doc(DocumentKind.COMMENT, at, source, region).build(), topic, sentiment, "neutral", null);
    }

    private static void index(RawDocument raw, String topic, String sentiment, String emotion, MisreadingFinding misreading)
            throws Exception {
        List<String> policies = misreading == null ? List.of() : List.of(misreading.policyId());
        AnalyzedDocument document = new AnalyzedDocument(raw, raw.text(), raw.text(), topic, topic == null ? null : 0.9,
                sentiment, sentiment == null ? null : 0.0, emotion, List.of(), List.of(), List.of(), policies, misreading,
                raw.publishedAt());
        String month = raw.publishedAt().substring(0, 7).replace('-', '.');
        put(PREFIX + "-docs-" + month, raw.id(), Json.writeBytes(document));
    }

    private static void hotIssue(String title, int count, double trend, String first, String last, double heat,
                                 String quote) throws Exception {
        String id = PREFIX + "-issue-" + (++serial);
        HotIssue issue = new HotIssue(id, "北京市", title, "北京", List.of(title), first, last, count, count, count / 2,
                0, 0, 0, 0.6, trend, heat, new HotIssue.Heat(heat, 0, 0, 0, 0),
                List.of(new HotIssue.Representative(id + "-m", quote, 3)), List.of(id + "-m"), first, last);
        put(PREFIX + "-hot-issues", id, Json.writeBytes(issue));
    }

    private static void alert(String id, AlertType type, String body, String title, String raised, String deadline,
                              String status, String answered) throws Exception {
        Alert alert = new Alert(PREFIX + "-" + id, type, 1, AlertState.ACTIVE, AlertSeverity.HIGH, title, raised, raised, deadline,
                body, null, null, "北京市", null, null, null, null, null, null);
        AlertLifecycle lifecycle = new AlertLifecycle(AlertStatus.of(status), false, null, null, answered,
                answered == null ? null : body, answered == null ? null : "已答复", null, null, null, List.of("drafter@127.0.0.1"), List.of());
        ObjectNode document = Json.mapper().valueToTree(alert);
        document.setAll((ObjectNode) Json.mapper().valueToTree(lifecycle));
        put(PREFIX + "-alerts", alert.id(), Json.writeBytes(document));
    }

    private static void put(String index, String id, byte[] json) throws Exception {
        client.index(i -> i.index(index).id(id).withJson(new ByteArrayInputStream(json)));
    }
}
