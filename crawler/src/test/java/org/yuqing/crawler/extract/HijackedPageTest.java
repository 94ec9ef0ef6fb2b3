package org.yuqing.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.RawDocument;
import org.yuqing.crawler.fetch.FetchedPage;
import org.yuqing.crawler.fetch.HtmlDecoder;
import org.yuqing.crawler.testing.GovCnPages;

class HijackedPageTest {

    private final PageExtractor extractor = new PageExtractor();

    @Test
    void aHijackedPageYieldsCleanTextAndSaysWhatGaveItAway() throws Exception {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/hijacked/county-gas-notice.html")) {
            body = in.readAllBytes();
        }
        FetchedPage fetched = new FetchedPage("http://127.0.0.1/zwgk/notice.html", 200, "text/html", body, null);

        RawDocument policy = extractor.extract(HtmlDecoder.decode(fetched), "county", null).documents().get(0);

        assertThat(policy.title()).isEqualTo("示例县人民政府关于龑城镇燃气安全专项整治的通知");
        assertThat(policy.text())
                .startsWith("各乡镇人民政府，县政府各部门：")
                .contains("龑城镇和䶮水村", "朱镕同志", "应急管理局", "行业主管部门")
                .contains("(附件1)", "(2026年)", "(国办发〔2019〕54号)")
                .doesNotContain("(zheng)", "(cheng)", "(hang)", "体育投注", "在线观看");
        assertThat(policy.docNo()).isEqualTo("示政发〔2026〕12号");
        assertThat(policy.integrity().hijacked()).isTrue();
        assertThat(policy.integrity().evidence()).hasSize(3)
                .anySatisfy(e -> assertThat(e).startsWith("injected pinyin"))
                .anySatisfy(e -> assertThat(e).startsWith("spam title").contains("葡京"))
                .anySatisfy(e -> assertThat(e).startsWith("hidden link farm: 6 links"));
    }

    @Test
    void realGovCnPagesAreNotFlagged() {
        for (GovCnPages.Page page : GovCnPages.sample()) {
            String html = "<html><head><title>" + page.truth().get("title") + "_政策文件_中国政府网</title></head><body>"
                    + page.fragment() + "</body></html>";

            RawDocument policy = extractor.extract(Jsoup.parse(html, "http://www.gov.cn/zhengce/" + page.name()),
                    "www.gov.cn", null).documents().get(0);

            assertThat(policy.integrity().hijacked()).as(page.name() + " " + policy.integrity()).isFalse();
        }
    }
}
