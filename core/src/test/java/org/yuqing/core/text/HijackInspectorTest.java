package org.yuqing.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.Integrity;

class HijackInspectorTest {

    @Test
    void injectedPinyinIsEvidence() {
        Integrity integrity = HijackInspector.inspect(PageSignals.ofText("通知", "政(zheng)府信(xin)息公(gong)开"));

        assertThat(integrity.hijacked()).isTrue();
        assertThat(integrity.evidence()).singleElement().asString().startsWith("injected pinyin: 3 groups");
    }

    @Test
    void aGamblingTitleIsEvidence() {
        Integrity integrity = HijackInspector.inspect(
                new PageSignals("澳门葡京娱乐场官方网站", "关于做好秋冬季安全生产工作的通知", "正文", List.of()));

        assertThat(integrity.evidence()).singleElement().asString().contains("娱乐场");
    }

    @Test
    void anEnglishCasinoTitleIsEvidence() {
        Integrity integrity = HijackInspector.inspect(
                new PageSignals("Best Online Casino Bonus 2026", "关于做好秋冬季安全生产工作的通知", "正文", List.of()));

        assertThat(integrity.evidence()).singleElement().asString().contains("casino");
    }

    @Test
    void aTitleUnrelatedToTheHeadingIsEvidence() {
        Integrity integrity = HijackInspector.inspect(
                new PageSignals("最新款手机壳批发价格表", "关于做好秋冬季安全生产工作的通知", "正文", List.of()));

        assertThat(integrity.evidence()).singleElement().asString().contains("unrelated");
    }

    @Test
    void aSiteNameTitleOrATitleWithTheHeadingIsNormal() {
        String heading = "国务院办公厅关于加强三级公立医院绩效考核工作的意见";
        assertThat(HijackInspector.inspect(new PageSignals("中国政府网", heading, "正文", List.of())).hijacked()).isFalse();
        assertThat(HijackInspector.inspect(new PageSignals(heading + "_政策文件_中国政府网", heading, "正文", List.of()))
                .hijacked()).isFalse();
    }

    @Test
    void aGenericTitleOfAContentManagementSystemIsNormal() {
        String heading = "关于做好秋冬季安全生产工作的通知";
        for (String title : List.of("正文", "详情页", "无标题文档", "文章详细内容页面", "Untitled")) {
            assertThat(HijackInspector.inspect(new PageSignals(title, heading, "正文", List.of())).hijacked())
                    .as(title).isFalse();
        }
    }

    @Test
    void manyHiddenExternalLinksAreALinkFarm() {
        List<String> links = List.of("http://a.example/1", "http://b.example/", "http://c.example/", "http://d.example/",
                "http://e.example/");

        Integrity integrity = HijackInspector.inspect(new PageSignals("通知", "通知", "正文", links));

        assertThat(integrity.evidence()).singleElement().asString().startsWith("hidden link farm: 5 links");
    }

    @Test
    void anOrdinaryPolicyTextIsNotFlagged() {
        Integrity integrity = HijackInspector.inspect(PageSignals.ofText("关于印发方案的通知",
                "各省、自治区、直辖市人民政府(附件1)，依据(国办发〔2019〕54号)，自(2021年)起执行。"));

        assertThat(integrity).isEqualTo(Integrity.INTACT);
    }
}
