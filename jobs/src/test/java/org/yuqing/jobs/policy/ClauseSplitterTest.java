package org.yuqing.jobs.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    private final ClauseSplitter splitter = new ClauseSplitter(text -> text, new FactExtractor());

    @Test
    void itemsKeepTheirNumbersAndQuoteThePolicyVerbatim() {
        Policy pension = TestPolicies.get("demo-1001");

        assertThat(pension.clauses()).extracting(Clause::id)
                .containsExactly("demo-1001#preamble", "demo-1001#一", "demo-1001#二", "demo-1001#三", "demo-1001#四");
        assertThat(pension.clauses().get(2).text())
                .isEqualTo("二、调整标准。自2027年1月1日起，基础养老金由每人每月200元提高到每人每月230元。");
        for (Policy policy : TestPolicies.all()) {
            assertThat(policy.clauses()).allSatisfy(clause -> assertThat(policy.text()).contains(clause.text()));
        }
    }

    @Test
    void theTextBeforeTheItemsSaysWhatItSaysWithoutTheDocumentsHeader() {
        Clause preamble = splitter.split("p", "国务院办公厅关于推进某事的意见 国办发〔2018〕1号 各省、自治区、直辖市人民政府，"
                + "国务院各部委、各直属机构： 某事关系民生。经国务院同意，现提出以下意见。 一、总体要求。", 2018).get(0);

        assertThat(preamble.text()).startsWith("国务院办公厅关于推进某事的意见");
        assertThat(preamble.body()).isEqualTo("某事关系民生。经国务院同意，现提出以下意见。");
        assertThat(preamble.sentences()).containsExactly("某事关系民生。", "经国务院同意，现提出以下意见。");
        Clause order = splitter.split("q", "中华人民共和国国务院令 第706号 本条例自2019年3月1日起施行。 第一条 总则。", 2019).get(0);
        assertThat(order.body()).isEqualTo(order.text());
    }

    @Test
    void anAttachmentNumberedOnItsOwnIsAPartWithItsOwnPaths() {
        List<Clause> clauses = splitter.split("p", "一、范围。 二、保障。免征当年车船税。 附件 一、编码规则 二、涂装样图 （一）小型车辆。 （二）中型车辆。", 2018);

        assertThat(clauses).extracting(Clause::id).containsExactly("p#一", "p#二", "p#部分2/一", "p#部分2/二",
                "p#部分2/二/（一）", "p#部分2/二/（二）");
    }

    @Test
    void aPlanNumberedWithDecimalsIsSplitBySectionAfterItsTableOfContents() {
        List<Clause> clauses = splitter.split("p", "关于印发应急预案的函 目 录 1 总则 1.1 适用范围 2 保障 2.1 储备 "
                + "1 总则 1.1 适用范围 本预案适用于原粮及成品粮。 2 保障 2.1 储备 2.1.1 产区保持三个月销量。 "
                + "2.1.2 所需资金3.5 亿元由财政安排。", 2005);

        assertThat(clauses).extracting(Clause::id).containsExactly("p#preamble", "p#1", "p#1/1.1", "p#2",
                "p#2/2.1", "p#2/2.1/2.1.1", "p#2/2.1/2.1.2");
        assertThat(clauses.get(0).text()).isEqualTo("关于印发应急预案的函");
        assertThat(clauses.get(2).text()).isEqualTo("1.1 适用范围 本预案适用于原粮及成品粮。");
        assertThat(clauses.get(6).text()).contains("3.5 亿元");
    }

    @Test
    void theCoveringLetterOfADocumentIssuedWithAnotherIsPartOfItsHeader() {
        List<Clause> clauses = splitter.split("p", "国务院办公厅关于印发试点工作方案的通知 国办函〔2018〕71号 各省人民政府："
                + " 《试点工作方案》已经国务院同意，现印发给你们，请认真贯彻执行。 国务院办公厅 2018年10月27日 （此件公开发布）"
                + " 试点工作方案 为推进集约化，制定以下方案。 一、试点范围。", 2018);

        assertThat(clauses.get(0).body()).isEqualTo("试点工作方案 为推进集约化，制定以下方案。");
    }

    @Test
    void decimalsCountAsNumbersOnlyInATextNumberedWithThem() {
        List<Clause> clauses = splitter.split("p", "一、补贴。 每人补贴 1 次，标准 2.5 万元。", 2026);

        assertThat(clauses).extracting(Clause::id).containsExactly("p#一");
    }

    @Test
    void nestedNumberingGivesAPath() {
        Policy tax = TestPolicies.get("govcn-5351181");

        Clause bigCities = clause(tax, "govcn-5351181#第六章/第十七条/（一）");
        assertThat(bigCities.text()).startsWith("（一）直辖市、省会（首府）城市").contains("每月1500元");
        assertThat(bigCities.numbers()).containsExactly("第六章", "第十七条", "（一）");
        assertThat(clause(TestPolicies.get("govcn-5360002"), "govcn-5360002#三/1").text()).startsWith("1.摸底排查。");
    }

    @Test
    void aReferenceToAnArticleIsNotAnItem() {
        List<Clause> clauses = splitter.split("p", "第一条 总则。 第二条 按本办法第一条规定执行，第三条另有规定的除外。 第三条 附则。", 2026);

        assertThat(clauses).extracting(Clause::id).containsExactly("p#第一条", "p#第二条", "p#第三条");
    }

    @Test
    void aStrayNumberInsideASentenceDoesNotBreakTheList() {
        List<Clause> clauses = splitter.split("p", "一、范围。 三、中全会精神。 二、标准。", 2026);

        assertThat(clauses).extracting(Clause::id).containsExactly("p#一", "p#二");
        assertThat(clauses.get(0).text()).isEqualTo("一、范围。 三、中全会精神。");
    }

    @Test
    void sentencesAreSplitAtTheirEnds() {
        Clause clause = splitter.split("p", "一、申请。 须本人到场；材料齐全的，当日办结。", 2026).get(0);

        assertThat(clause.sentences()).containsExactly("一、申请。", "须本人到场；", "材料齐全的，当日办结。");
    }

    @Test
    void aTitleThatStandsApartIsASentenceOfItsOwn() {
        Clause clause = splitter.split("p", "一、总体要求 以习近平新时代中国特色社会主义思想为指导，全面贯彻落实。", 2026).get(0);

        assertThat(clause.sentences()).containsExactly("一、总体要求", "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实。");
        assertThat(splitter.split("p", "第十四条 纳税人本人或者配偶，发生的首套住房贷款利息支出。", 2026).get(0).sentences())
                .containsExactly("第十四条 纳税人本人或者配偶，发生的首套住房贷款利息支出。");
    }

    private static Clause clause(Policy policy, String id) {
        return policy.clauses().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
