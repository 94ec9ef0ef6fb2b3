package org.yuqing.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentIds;
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

    @Test
    void readsMetadataPrintedAsALabelledListWithOddSpacing() {
        Document page = Jsoup.parse("""
                <ul class="xxgk-meta">
                  <li><span>索 引 号：</span>11440100/2026-00321</li><li><span>发布机构：</span>示例市人民政府办公厅</li>
                  <li><span>文　　号：</span>穗府办〔2026〕9号</li><li><span>发布时间：</span>2026年10月28日 09:30</li>
                  <li><span>生成日期：</span>2026-10-20</li><li><span>文件名称：</span>示例市数据条例实施办法</li>
                </ul>
                <div class="TRS_Editor"><p>第一条 为规范数据管理，制定本办法。</p><p>第二条 本办法自发布之日起施行。</p></div>""",
                "http://127.0.0.1/gkmlpt/content/9/9321/post_9321.html");

        RawDocument policy = extractor.extract(page, "demo", null).documents().get(0);

        assertThat(policy.indexNo()).isEqualTo("11440100/2026-00321");
        assertThat(policy.issuer()).isEqualTo("示例市人民政府办公厅");
        assertThat(policy.docNo()).isEqualTo("穗府办〔2026〕9号");
        assertThat(policy.publishedAt()).isEqualTo("2026-10-28T09:30:00+08:00");
        assertThat(policy.writtenAt()).isEqualTo("2026-10-20");
        assertThat(policy.title()).isEqualTo("示例市数据条例实施办法");
        assertThat(policy.text()).isEqualTo("第一条 为规范数据管理，制定本办法。\n第二条 本办法自发布之日起施行。");
    }

    @Test
    void anInterpretationPointsToThePolicyItExplains() {
        Document page = Jsoup.parse("""
                <h1>一图读懂｜《示例市数据条例实施办法》政策解读</h1><div class="info">发布时间：2026-10-29 16:00</div>
                <div class="article-content"><p>近日，市政府办公厅印发《示例市数据条例实施办法》，下面为您逐条解读。</p>
                <p>一、为什么出台办法？为规范数据管理，保障数据安全，促进数据依法有序流动。</p></div>
                <a href="/gkmlpt/content/9/9321/post_9321.html">政策原文：示例市数据条例实施办法</a>""",
                "http://127.0.0.1/zcjd/post_9400.html");

        RawDocument interpretation = extractor.extract(page, "demo", null).documents().get(0);

        assertThat(interpretation.kind()).isEqualTo(DocumentKind.INTERPRETATION);
        assertThat(interpretation.replyTo())
                .isEqualTo(DocumentIds.forUrl("http://127.0.0.1/gkmlpt/content/9/9321/post_9321.html"));
        assertThat(interpretation.publishedAt()).isEqualTo("2026-10-29T16:00:00+08:00");
    }

    @Test
    void readsOtherWaysBoardsNameTheAnsweringDepartmentAndLikes() {
        Document page = Jsoup.parse("""
                <div class="ly-item" data-id="2026-1107">
                  <div class="question"><h4>公交线路调整</h4>
                    <p>网友：王**　提问时间：2026年11月07日 08:15　点赞数：37</p><div class="content">能否恢复12路？</div></div>
                  <div class="answer"><p>办理单位：示例市交通运输局　办结时间：2026年11月10日</p>
                    <div class="content">已纳入线网优化方案。</div></div>
                </div>""", "http://127.0.0.1/hdjl/ly.html");

        List<RawDocument> documents = extractor.extract(page, "board", null).documents();

        assertThat(documents.get(0).author()).isEqualTo("王**");
        assertThat(documents.get(0).likes()).isEqualTo(37L);
        assertThat(documents.get(0).publishedAt()).isEqualTo("2026-11-07T08:15:00+08:00");
        assertThat(documents.get(1).author()).isEqualTo("示例市交通运输局");
        assertThat(documents.get(1).publishedAt()).isEqualTo("2026-11-10");
        assertThat(documents.get(1).replyTo()).isEqualTo(documents.get(0).id());
    }
}
