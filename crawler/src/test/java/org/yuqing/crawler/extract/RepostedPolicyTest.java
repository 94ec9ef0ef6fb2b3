package org.yuqing.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yuqing.core.document.Attachment;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.fetch.FetchedPage;
import org.yuqing.crawler.fetch.HtmlDecoder;

/**
 * The page issue 17 is about: a department's repost of a provincial document, without a metadata table,
 * hijacked (traditional characters with pinyin injected, a spam title and meta) and saved as GB18030 while
 * declaring gb2312.
 */
class RepostedPolicyTest {

    private final PageExtractor extractor = new PageExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/html; charset=gb2312", "text/html; charset=GBK"})
    void aHijackedRepostYieldsTheOriginalPolicyClean(String contentType) throws Exception {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/articles/sz-education-repost.html")) {
            body = in.readAllBytes();
        }
        FetchedPage fetched = new FetchedPage("http://127.0.0.1/xxgk/tzgg/content/post_8120000.html", 200,
                contentType, body, null);

        RawDocument policy = extractor.extract(HtmlDecoder.decode(fetched), "szeb", null).documents().get(0);

        assertThat(policy.kind()).isEqualTo(DocumentKind.POLICY);
        assertThat(policy.title()).isEqualTo("廣東省人民政府辦公廳關於進一步做好中小學校安全管理工作的通知");
        assertThat(policy.docNo()).isEqualTo("粵府辦〔2020〕10號");
        assertThat(policy.issuer()).isEqualTo("廣東省人民政府辦公廳");
        assertThat(policy.publishedAt()).isEqualTo("2020-06-12");
        assertThat(policy.author()).isEqualTo("深圳市教育局");
        assertThat(policy.text())
                .startsWith("粵府辦〔2020〕10號\n各地級以上市人民政府，省政府各部門、各直屬機構：")
                .endsWith("廣東省人民政府辦公廳\n2020年6月5日")
                .contains("壓實責任", "安全管理工作", "建立安全工作臺賬(附件1)", "䶮水村")
                .contains("（試行）", "（2020年）", "（國辦發〔2017〕35號）", "(附件1)", "（WHO）")
                .doesNotContain("(li)", "(ya)", "(jian)", "(guang)", "分享到", "主辦單位", "附件下載", "當前位置",
                        "信息來源", "字體", "打印");
        assertThat(policy.attachments()).containsExactly(new Attachment("1.中小學校安全管理工作清單（試行）.doc",
                "http://127.0.0.1/attachment/0/12/12345/8120000.doc"));
        assertThat(policy.integrity().hijacked()).isTrue();
        assertThat(policy.integrity().evidence())
                .anySatisfy(e -> assertThat(e).startsWith("injected pinyin"))
                .anySatisfy(e -> assertThat(e).startsWith("spam title").contains("葡京"))
                .anySatisfy(e -> assertThat(e).startsWith("spam meta keywords"))
                .anySatisfy(e -> assertThat(e).startsWith("spam meta description"));
    }
}
