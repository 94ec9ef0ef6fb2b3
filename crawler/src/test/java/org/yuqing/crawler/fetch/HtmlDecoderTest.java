package org.yuqing.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void aPageDeclaringGb2312IsReadAsGb18030SoCharactersOutsideGb2312Survive() {
        // 镕 and 喆 are in GBK/GB18030 but not in GB2312: sites that declare gb2312 use them all the same.
        String html = "<html><head><meta charset=\"gb2312\"></head><body><p>朱镕基 张喆 留言</p></body></html>";
        FetchedPage page = new FetchedPage("http://127.0.0.1/a.html", 200, "text/html", html.getBytes(GB18030), null);

        Document document = HtmlDecoder.decode(page);

        assertThat(document.select("p").text()).isEqualTo("朱镕基 张喆 留言");
    }

    @Test
    void theHeaderCharsetWinsOverNothingDeclaredInThePage() {
        String html = "<html><body><p>政务公开</p></body></html>";
        FetchedPage page = new FetchedPage("http://127.0.0.1/a.html", 200, "text/html; charset=GBK",
                html.getBytes(GB18030), null);

        assertThat(HtmlDecoder.decode(page).select("p").text()).isEqualTo("政务公开");
    }

    @Test
    void aPageDeclaringNothingIsReadAsUtf8() {
        String html = "<html><body><p>政务公开</p></body></html>";
        FetchedPage page = new FetchedPage("http://127.0.0.1/a.html", 200, "text/html", html.getBytes(), null);

        assertThat(HtmlDecoder.decode(page).select("p").text()).isEqualTo("政务公开");
    }
}
