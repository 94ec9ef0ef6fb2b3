package org.yuqing.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

/** Pages without a metadata table: what each one is, read from the page alone. */
class ArticleKindTest {

    private final PageExtractor extractor = new PageExtractor();

    private RawDocument read(String body, String url) {
        return extractor.extract(Jsoup.parse("<html><head><title>示例市人民政府门户网站</title></head><body>"
                + "<div class=\"header\"><div class=\"logo\"><h1><a href=\"/\">示例市人民政府</a></h1></div></div>"
                + body + "<div class=\"footer\">主办：示例市人民政府办公室　版权所有</div></body></html>", url), "demo", null)
                .documents().get(0);
    }

    @Test
    void newsThatCitesADocumentNumberIsAnArticle() {
        RawDocument news = read("""
                <div class="article"><h2 class="title">我市召开城镇燃气安全专项整治工作推进会</h2>
                <div class="info">发布时间 2026-11-03 16:20　来源 示例市应急管理局</div>
                <div class="content"><p>11月3日，我市召开城镇燃气安全专项整治工作推进会。会议传达了《国务院安全生产委员会关于印发全国城镇燃气安全专项整治工作方案的通知》（安委〔2023〕3号）精神。</p>
                <p>会议要求，各区要落实属地责任，对餐饮场所燃气使用情况开展全覆盖检查，发现隐患立即整改。</p></div></div>""",
                "http://127.0.0.1/xwzx/gzdt/202611/t20261103_1.html");

        assertThat(news.kind()).isEqualTo(DocumentKind.ARTICLE);
        assertThat(news.title()).isEqualTo("我市召开城镇燃气安全专项整治工作推进会");
        assertThat(news.publishedAt()).isEqualTo("2026-11-03T16:20:00+08:00");
        assertThat(news.author()).isEqualTo("示例市应急管理局");
        assertThat(news.docNo()).isNull();
        assertThat(news.text()).startsWith("11月3日").doesNotContain("发布时间", "主办");
    }

    @Test
    void aPageThatExplainsAPolicyIsAnInterpretationWhateverItsTitleSays() {
        RawDocument graphic = read("""
                <h1>图解：示例市数据条例实施办法</h1><p class="time">发布日期：2026年10月29日</p>
                <div id="zoom"><p>近日，市政府办公厅印发《示例市数据条例实施办法》，一起来看办法的主要内容。</p>
                <p>一、为什么出台办法？为规范数据管理，保障数据安全，促进数据依法有序流动。</p></div>""",
                "http://127.0.0.1/zcjd/1.html");
        RawDocument linked = read("""
                <h1>市政府办公厅负责人就数据管理新规答记者问</h1><div class="source">来源：示例市人民政府办公厅</div>
                <div id="zoom"><p>近日，市政府办公厅印发实施办法。市政府办公厅负责人就办法出台的背景和主要内容回答了记者提问。</p>
                <p>问：办法出台的背景是什么？答：为规范数据管理，保障数据安全，促进数据依法有序流动。</p></div>
                <p><a href="/gkmlpt/content/9/9321/post_9321.html">相关文件原文</a></p>""",
                "http://127.0.0.1/zcjd/2.html");
        RawDocument byLinkOnly = read("""
                <h1>数据管理新规来了，这些变化与您有关</h1><div class="source">来源：示例市人民政府办公厅</div>
                <div id="zoom"><p>近日，市政府办公厅印发实施办法，明确了公共数据开放的范围、方式和安全要求。</p>
                <p>办法明确，公共数据分为无条件开放、有条件开放和不予开放三类，市民可以通过开放平台申请。</p>
                <p><a href="/gkmlpt/content/9/9321/post_9321.html">点击查看政策原文</a></p></div>""",
                "http://127.0.0.1/zcjd/3.html");

        assertThat(graphic.kind()).isEqualTo(DocumentKind.INTERPRETATION);
        assertThat(graphic.publishedAt()).isEqualTo("2026-10-29");
        assertThat(linked.kind()).isEqualTo(DocumentKind.INTERPRETATION);
        assertThat(byLinkOnly.kind()).isEqualTo(DocumentKind.INTERPRETATION);
        assertThat(byLinkOnly.replyTo()).isEqualTo(DocumentIds.forUrl("http://127.0.0.1/gkmlpt/content/9/9321/post_9321.html"));
    }

    @Test
    void aPolicyWithItsNumberUnderTheHeadingNamesItsIssuer() {
        RawDocument policy = read("""
                <div class="zw-title">示例市人民政府办公室关于做好2027年元旦春节期间有关工作的通知</div>
                <div class="zw-info">信息来源：示例市人民政府办公室 | 发布日期：2026年12月20日</div>
                <div class="zw"><p style="text-align:center">示政办明电〔2026〕15号</p>
                <p>各区人民政府，市政府各部门、各直属机构：</p>
                <p>元旦、春节将至，为确保全市人民过上欢乐祥和的节日，经市人民政府同意，现就有关工作通知如下。</p>
                <p>一、做好安全生产工作。各区各部门要压实安全生产责任，加强重点行业领域安全检查。</p>
                <p>示例市人民政府办公室</p><p>2026年12月18日</p></div>""",
                "http://127.0.0.1/zwgk/1.html");

        assertThat(policy.kind()).isEqualTo(DocumentKind.POLICY);
        assertThat(policy.docNo()).isEqualTo("示政办明电〔2026〕15号");
        assertThat(policy.issuer()).isEqualTo("示例市人民政府办公室");
        assertThat(policy.publishedAt()).isEqualTo("2026-12-20");
        assertThat(policy.author()).isEqualTo("示例市人民政府办公室");
    }
}
