package org.yuqing.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.testing.CollectingSink;
import org.yuqing.crawler.testing.LocalSite;

/** Pages that cannot be read are skipped with a reason the crawl log shows, and the crawl goes on. */
class BadPagesTest {

    private static final String ARTICLE = """
            <html><head><meta charset="%s"><title>%s</title></head><body>
            <div class="nav"><a href="/index.html">首页</a></div><h1>%s</h1><div class="info">来源：示例市教育局　发布时间：2026-11-02</div>
            <div class="content"><p>11月1日，示例市教育局召开全市秋季学期校园安全工作会议，部署下一阶段校园安全重点工作。</p>
            <p>会议要求，各区各校要压实安全责任，开展隐患排查，做好冬季防火、防一氧化碳中毒等工作。</p></div>
            </body></html>""";

    private final LocalSite site = LocalSite.start();

    BadPagesTest() throws Exception {
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void eachBadPageIsSkippedWithItsReasonAndTheGoodOneIsRead() throws Exception {
        site.page("/index.html", "<html><body><ul>"
                + li("/report.pdf") + li("/photo.html") + li("/cut.html") + li("/huge.html") + li("/garbage.html")
                + li("/bom.html") + li("/mislabelled.html") + li("/fine.html") + "</ul></body></html>");
        site.bytes("/report.pdf", "application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
        site.bytes("/photo.html", "text/html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        String whole = ARTICLE.formatted("utf-8", "截断", "截断的页面");
        site.bytes("/cut.html", "text/html", whole.substring(0, whole.length() / 2).getBytes(StandardCharsets.UTF_8));
        site.bytes("/huge.html", "text/html", ("<html><body>" + "数".repeat(3_500_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8)); // over 10 MB
        site.bytes("/garbage.html", "text/html", garbage());
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        bom.write(ARTICLE.formatted("gb2312", "带字节序标记", "带字节序标记的页面").getBytes(StandardCharsets.UTF_8));
        site.bytes("/bom.html", "text/html; charset=gb2312", bom.toByteArray());
        site.bytes("/mislabelled.html", "text/html; charset=utf-8",
                ARTICLE.formatted("gbk", "头部与元标记矛盾", "头部说UTF-8而页面是GBK").getBytes(Charset.forName("GB18030")));
        site.page("/fine.html", ARTICLE.formatted("utf-8", "正常", "正常的页面"));
        List<String> log = new ArrayList<>();
        CollectingSink sink = new CollectingSink();

        CrawlReport report = new Crawler(CrawlOptions.forHosts(Set.of(site.host())).withMinDelayPerHost(Duration.ZERO))
                .crawl(List.of(site.url("/index.html")), "demo", sink, new CrawlListener() {
                    @Override
                    public void failed(String url, String reason) {
                        log.add(url.substring(url.lastIndexOf('/') + 1) + " " + reason);
                    }
                });

        assertThat(sink.documents()).extracting(RawDocument::title)
                .containsExactlyInAnyOrder("带字节序标记的页面", "头部说UTF-8而页面是GBK", "正常的页面");
        assertThat(sink.documents()).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.ARTICLE);
            assertThat(d.author()).isEqualTo("示例市教育局");
            assertThat(d.text()).contains("压实安全责任");
        });
        assertThat(log).containsExactlyInAnyOrder(
                "report.pdf not html: application/pdf",
                "photo.html not html: the body is binary (NUL bytes)",
                "cut.html truncated page: it ends with «" + tail(whole.substring(0, whole.length() / 2)) + "» and never closes its body",
                "huge.html too large",
                "garbage.html undecodable: the bytes fit no charset (tried UTF-8, GB18030)");
        assertThat(report.failures()).hasSize(5);
    }

    private static String li(String path) {
        return "<li><a href=\"" + path + "\">" + path + "</a></li>";
    }

    private static String tail(String text) {
        String end = text.stripTrailing();
        return end.substring(Math.max(0, end.length() - 20)).replaceAll("\\s+", " ");
    }

    /** Bytes that are neither UTF-8 nor GB18030: 0xFF starts no character in either. */
    private static byte[] garbage() {
        byte[] bytes = new byte[4000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0xff : 0x80 + i % 64);
        }
        return bytes;
    }

}
