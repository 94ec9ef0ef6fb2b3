package org.yuqing.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

class PageExtractorTest {

    private final PageExtractor extractor = new PageExtractor();

    @Test
    void readsTheMetadataTableOfARealGovCnPolicyPage() throws Exception {
        Document page;
        try (InputStream in = getClass().getResourceAsStream("/govcn/content_5338761.html")) {
            page = Jsoup.parse(in, "UTF-8", "http://www.gov.cn/zhengce/content/2018-11/09/content_5338761.htm");
        }

        RawDocument policy = extractor.extract(page, "www.gov.cn", "2026-11-26T10:00:00+08:00").documents().get(0);

        assertThat(policy.kind()).isEqualTo(DocumentKind.POLICY);
        assertThat(policy.indexNo()).isEqualTo("000014349/2018-00204");
        assertThat(policy.subject()).isEqualTo("综合政务\\政务公开");
        assertThat(policy.issuer()).isEqualTo("国务院办公厅");
        assertThat(policy.writtenAt()).isEqualTo("2018-10-27");
        assertThat(policy.title()).isEqualTo("国务院办公厅关于印发《政府网站集约化试点工作方案》的通知");
        assertThat(policy.docNo()).isEqualTo("国办函〔2018〕71号");
        assertThat(policy.publishedAt()).isEqualTo("2018-11-09");
        assertThat(policy.text()).contains("各省、自治区、直辖市人民政府").doesNotContain("索引号");
    }

    @Test
    void readsMetadataLabelsInTraditionalCharacters() {
        Document page = Jsoup.parse("""
                <table><tr><td>發文機關：</td><td>示例市人民政府辦公廳</td><td>發文字號：</td><td>示政辦〔2026〕37號</td></tr>
                <tr><td>標　　題：</td><td>關於優化營商環境若干措施的通知</td><td>發布日期：</td><td>2026年10月28日</td></tr></table>
                <div id="UCAP-CONTENT"><p>為深化「放管服」改革，持續優化營商環境，現提出以下措施。</p></div>""",
                "http://127.0.0.1/p.html");

        RawDocument policy = extractor.extract(page, "demo", null).documents().get(0);

        assertThat(policy.docNo()).isEqualTo("示政辦〔2026〕37號");
        assertThat(policy.issuer()).isEqualTo("示例市人民政府辦公廳");
        assertThat(policy.publishedAt()).isEqualTo("2026-10-28");
    }

    @Test
    void aMessageBoardYieldsMessagesAndTheirRepliesLinkedTogether() {
        Document page = Jsoup.parse("""
                <div class="message-item" data-id="LY1">
                  <div class="message"><h3 class="title">道路积水</h3>
                    <p class="meta">留言人：李**　留言时间：2026-11-08 20:05</p><div class="content">门口积水严重。</div></div>
                  <div class="reply"><p class="meta">答复单位：鼓楼区人民政府　答复时间：2026-11-12 11:00</p>
                    <div class="content">已完成疏通。</div></div>
                </div>
                <div class="message-item" data-id="LY2">
                  <div class="message"><h3 class="title">贷款咨询</h3><p class="meta">留言时间：2026-11-11</p>
                    <div class="content">怎么申请？</div></div>
                </div>""", "http://127.0.0.1/hdjl/liuyan.html");

        List<RawDocument> documents = extractor.extract(page, "board", null).documents();

        assertThat(documents).extracting(RawDocument::kind)
                .containsExactly(DocumentKind.MESSAGE, DocumentKind.REPLY, DocumentKind.MESSAGE);
        RawDocument message = documents.get(0);
        RawDocument reply = documents.get(1);
        assertThat(message.title()).isEqualTo("道路积水");
        assertThat(message.text()).isEqualTo("门口积水严重。");
        assertThat(message.publishedAt()).isEqualTo("2026-11-08T20:05:00+08:00");
        assertThat(reply.replyTo()).isEqualTo(message.id());
        assertThat(reply.author()).isEqualTo("鼓楼区人民政府");
        assertThat(reply.publishedAt()).isEqualTo("2026-11-12T11:00:00+08:00");
        assertThat(documents.get(2).publishedAt()).isEqualTo("2026-11-11");
    }

    @Test
    void commentsKeepTheirLikes() {
        Document page = Jsoup.parse("""
                <h1>网民评论</h1>
                <div class="comment" data-id="c1"><span class="user">网友甲</span><span class="time">2026-11-06 08:20</span>
                  <p class="text">好政策！</p><span class="likes">赞(56)</span></div>""", "http://127.0.0.1/pl.html");

        RawDocument comment = extractor.extract(page, "demo", null).documents().get(0);

        assertThat(comment.kind()).isEqualTo(DocumentKind.COMMENT);
        assertThat(comment.text()).isEqualTo("好政策！");
        assertThat(comment.likes()).isEqualTo(56L);
    }

    @Test
    void aListPageYieldsLinksButNoDocument() {
        Document page = Jsoup.parse("""
                <ul><li><a href="/zcwj/a.html">通知一</a></li><li><a href="b.html#top">通知二</a></li></ul>
                <a href="/zcwj/index_1.html">下一页</a>""", "http://127.0.0.1/zcwj/index.html");

        Extraction extraction = extractor.extract(page, "demo", null);

        assertThat(extraction.documents()).isEmpty();
        assertThat(extraction.links()).containsExactly("http://127.0.0.1/zcwj/a.html", "http://127.0.0.1/zcwj/b.html",
                "http://127.0.0.1/zcwj/index_1.html");
    }
}
