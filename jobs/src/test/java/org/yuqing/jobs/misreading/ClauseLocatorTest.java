package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.TestPolicies;

/**
 * Which clause a misreading is pinned on, given the policy it is about: each test is a clause, a comment that
 * misreads it, and the clause that must be named.
 */
class ClauseLocatorTest {

    private static final MisreadingDetector DETECTOR = new MisreadingDetector(TestPolicies.registry());

    /** The pension notice 示政办〔2026〕41号 of the demo portal. */
    private static final Policy PENSION = TestPolicies.get("demo-1001");

    /** The notice on graduates' employment 示政〔2026〕18号 of the demo portal. */
    private static final Policy EMPLOYMENT = TestPolicies.get("demo-1002");

    /** 国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知 (国办发〔2019〕3号). */
    private static final Policy KINDERGARTENS = TestPolicies.get("govcn-5360002");

    /** 国务院办公厅关于2019年部分节假日安排的通知 (国办发明电〔2018〕15号). */
    private static final Policy HOLIDAYS = TestPolicies.get("govcn-5346276");

    /** 个人所得税专项附加扣除暂行办法 (国发〔2018〕41号). */
    private static final Policy TAX = TestPolicies.get("govcn-5351181");

    @Test
    void aSecondHomeIsNotACountOfHomes() {
        // 第十四条: 纳税人只能享受一次首套住房贷款的利息扣除; 第十五条 speaks of 其中一套 bought before marriage.
        // 第二套 names which home, it does not say 2套, so it does not make the comment about 一套
        assertThat(named(TAX, "二套房也一样能扣住房贷款利息")).isEqualTo("govcn-5351181#第五章/第十四条");
        assertThat(named(TAX, "第二套房的房贷利息也能扣吧")).isEqualTo("govcn-5351181#第五章/第十四条");
    }

    @Test
    void aColloquialNameInsideALongerWordIsNotThatName() {
        // 租房 is what people call 住房租金, but the 公租房 of 第二十六条（六） (information on public rental housing
        // that departments share) is no rent paid: the comment generalises the 1500元 of 第十七条（一）
        assertThat(named(TAX, "租房的话全国一律每月扣1500元")).isEqualTo("govcn-5351181#第六章/第十七条/（一）");
    }

    @Test
    void aGroupNamedWith非IsNotTheGroupItLeavesOut() {
        // 第二十二条（一）: 纳税人为独生子女的，按照每月2000元的标准定额扣除; （二）: 纳税人为非独生子女的，由其与兄弟姐妹
        // 分摊每月2000元的扣除额度，每人分摊的额度不能超过每月1000元. The comment is about those of （二）
        assertThat(named(TAX, "兄弟姐妹几个都是非独生子女，每人都能扣2000元"))
                .isEqualTo("govcn-5351181#第七章/第二十二条/（二）");
    }

    @Test
    void aWordOnlyOneItemUsesNamesThatItem() {
        // 一、调整范围: 本市户籍、年满60周岁…的人员; 二、调整标准: 由每人每月200元提高到每人每月230元. The comment repeats
        // the 30元 of 二 but drops the 户籍 that only 一 speaks of: 一 is what it misreads
        assertThat(named(PENSION, "不管是什么户籍的老人，基础养老金都涨30元")).isEqualTo("demo-1001#一");
        assertThat(named(PENSION, "无论户籍在哪，老人每月都多领30元")).isEqualTo("demo-1001#一");
    }

    @Test
    void daysOffAreAboutTheHolidayTheyAreFor() {
        // 五、端午节：6月7日放假，与周末连休 (a Friday: 7 to 9 June); 一、元旦 is the item that says 共3天. The comment
        // counts the days of 端午节 wrong, and 三、清明节 (4月5日放假，与周末连休) is three days, not four
        assertThat(named(HOLIDAYS, "端午节放假三天，6月6日到8日")).isEqualTo("govcn-5346276#五");
        assertThat(named(HOLIDAYS, "清明节放假4天")).isEqualTo("govcn-5346276#三");
    }

    @Test
    void theNumberAClaimStatesIsNotAlsoHowManyTimesTheClausesValueItIs() {
        // 四、劳动节：5月1日放假 is one day. 三天 is not three times that one day, the way two children are twice
        // a per-child amount: the comment misreads the item
        assertThat(named(HOLIDAYS, "劳动节也放三天吧？")).isEqualTo("govcn-5346276#四");
    }

    @Test
    void aValueIsHeldAgainstTheValueTheClauseStatesForTheSameThing() {
        // 三、加强就业见习: 见习期限一般为3至12个月，见习单位留用率达到50%以上的，见习补贴标准提高10%. The 50% is the
        // share of trainees kept on, not the rise of the allowance
        assertThat(named(EMPLOYMENT, "见习补贴能提高50%，太好了")).isEqualTo("demo-1002#三");
        assertThat(DETECTOR.detect("留用率要达到50%以上，见习补贴才提高10%", null, EMPLOYMENT, PolicyLinker.DOC_NO).flag())
                .isFalse();
        // 三、工作措施 2.全面整改: 对于已经建成、需要办理移交手续的，原则上于2019年6月底前完成；对于需要回收、置换、
        // 购置的，原则上于2019年9月底前完成；对于需要补建、改建、新建的，…2020年12月底前完成项目竣工验收
        assertThat(named(KINDERGARTENS, "需要回收置换的幼儿园，2020年12月底前完成就行"))
                .isEqualTo("govcn-5360002#三/2");
    }

    @Test
    void anItemIsAboutItsTitleNotAboutEveryWordOfTheParagraphUnderIt() {
        // 一、总体要求 以习近平…为指导，…聚焦小区配套幼儿园规划、建设、移交、办园等环节存在的突出问题开展治理 is about
        // general requirements; 3.规范小区配套幼儿园使用。…应当由教育行政部门办成公办园或委托办成普惠性民办园 is the item
        // on what the kindergartens become
        assertThat(named(KINDERGARTENS, "小区配套幼儿园以后全都免费入园")).isEqualTo("govcn-5360002#二/3");
    }

    @Test
    void peopleSay老师WherePoliciesSay教师() {
        // 3.规范小区配套幼儿园使用: 办成公办园的，当地政府及有关部门要做好机构编制、教师配备等方面的工作
        assertThat(named(KINDERGARTENS, "据说幼儿园移交后原来的老师一个都不留")).isEqualTo("govcn-5360002#二/3");
    }

    @Test
    void aCommentThatNamesAChaptersTitleIsAboutTheArticlesUnderIt() {
        // 第二条 lists all six deductions (子女教育、继续教育、大病医疗、…); 第三章 继续教育 and 第四章 大病医疗 are
        // about one each, and their first articles state what is deducted
        assertThat(named(TAX, "听说继续教育扣除明年就取消了")).isEqualTo("govcn-5351181#第三章/第八条");
        assertThat(named(TAX, "据说大病医疗扣除明年就没有了")).isEqualTo("govcn-5351181#第四章/第十一条");
    }

    @Test
    void whatAClauseChangesFromNoLongerHolds() {
        // （八）放宽技术技能提升补贴申领条件: 将技术技能提升补贴申领条件由企业在职职工参加失业保险3年以上放宽至参保1年以上
        Policy opinion = TestPolicies.get("govcn-5345808");
        assertThat(named(opinion, "以后技术技能提升补贴也得参保满3年才给")).isEqualTo("govcn-5345808#三/（八）");
        assertThat(DETECTOR.detect("以前要参保3年才能申请技能提升补贴，现在1年就行", null, opinion, PolicyLinker.DOC_NO)
                .flag()).isFalse();
        assertThat(DETECTOR.detect("基础养老金从200元提高到230元", null, PENSION, PolicyLinker.DOC_NO).flag()).isFalse();
        assertThat(DETECTOR.detect("基础养老金每月还是200元，明年才涨", null, PENSION, PolicyLinker.DOC_NO).flag()).isFalse();
    }

    private static String named(Policy policy, String comment) {
        Misreading found = DETECTOR.detect(comment, null, policy, PolicyLinker.DOC_NO);
        assertThat(found.flag()).as("flagged: " + comment).isTrue();
        return found.clauseId();
    }
}
