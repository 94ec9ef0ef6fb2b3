package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.TestPolicies;

/** The pension notice 示政办〔2026〕41号 of the demo portal, and what people say about it. */
class MisreadingDetectorTest {

    private static final MisreadingDetector DETECTOR = new MisreadingDetector(TestPolicies.registry());

    @Test
    void aWrongAmountContradictsTheClauseThatStatesTheAmount() {
        Misreading found = DETECTOR.detect("养老金每月涨50元，从200涨到250，太好了！", null);

        assertThat(found.flag()).isTrue();
        assertThat(found.kind()).isEqualTo(MisreadingKind.CONTRADICTION);
        assertThat(found.clauseId()).isEqualTo("demo-1001#二");
        assertThat(found.clause()).isEqualTo("二、调整标准。自2027年1月1日起，基础养老金由每人每月200元提高到每人每月230元。");
        assertThat(found.evidence()).contains("50元");
    }

    @Test
    void aWrongAgeContradictsTheScopeClause() {
        Misreading found = DETECTOR.detect("基础养老金要年满65周岁才能领，我妈62岁还得等", null);

        assertThat(found.kind()).isEqualTo(MisreadingKind.CONTRADICTION);
        assertThat(found.clauseId()).isEqualTo("demo-1001#一");
    }

    @Test
    void aWrongStartIsReadFromTheDayTheCommentWasWritten() {
        Misreading found = DETECTOR.detect("城乡居民基础养老金明年6月才开始涨，还要等大半年", null);

        assertThat(found.kind()).isEqualTo(MisreadingKind.CONTRADICTION);
        assertThat(found.clauseId()).isEqualTo("demo-1001#二");
    }

    @Test
    void droppingWhoIsCoveredIsAnOvergeneralization() {
        Misreading found = DETECTOR.detect("示政办〔2026〕41号规定企业退休人员也一起涨", null);

        assertThat(found.kind()).isEqualTo(MisreadingKind.OVERGENERALIZATION);
        assertThat(found.clauseId()).isEqualTo("demo-1001#一");
        assertThat(found.evidence()).contains("企业退休", "城乡居民");
    }

    @Test
    void hearsayTheClauseDoesNotSupportIsARumour() {
        Misreading found = DETECTOR.detect("内部消息，基础养老金涨完之后个人缴费也要跟着翻倍", null);

        assertThat(found.kind()).isEqualTo(MisreadingKind.RUMOR);
        assertThat(found.policyId()).isEqualTo("demo-1001");
    }

    @Test
    void aPoliteQuestionWithAWrongPremiseIsAConfusion() {
        Misreading found = DETECTOR.detect("请问我父亲是机关事业单位退休的，是不是也能每月多领30元？", null);

        assertThat(found.kind()).isEqualTo(MisreadingKind.CONFUSION);
        assertThat(found.clauseId()).isEqualTo("demo-1001#一");
    }

    @Test
    void criticismOfWhatThePolicyReallySaysIsNoMisreading() {
        assertThat(DETECTOR.detect("基础养老金才涨30元，物价涨得比这快多了，太少了！", null).flag()).isFalse();
        assertThat(DETECTOR.detect("年满60周岁的本市户籍居民才有，我外地户口的妈妈没份，太不公平了！", null).flag()).isFalse();
        assertThat(DETECTOR.detect("示政办〔2026〕41号说得很清楚，财政出钱，个人不用多交一分钱", null).flag()).isFalse();
    }

    @Test
    void numbersThatFollowFromTheClauseAreNoMisreading() {
        assertThat(DETECTOR.detect("基础养老金每人每月提高到230元，家里两个老人一个月多60", null).flag()).isFalse();
        assertThat(DETECTOR.detect("2019年起子女教育按每个孩子每月1000元扣，我家俩娃能省不少税", null).flag()).isFalse();
    }

    @Test
    void allowingWhatTheClauseForbidsIsAContradiction() {
        Misreading found = DETECTOR.detect("个税扣除一个纳税年度扣不完的，可以结转到明年继续扣", null);

        assertThat(found.kind()).isEqualTo(MisreadingKind.CONTRADICTION);
        assertThat(found.clause()).contains("不能结转以后年度扣除");
    }

    @Test
    void aCommentAboutNoRegisteredPolicyIsNoMisreading() {
        Misreading found = DETECTOR.detect("楼下烧烤店油烟太大，晚上睡不着", null);

        assertThat(found.flag()).isFalse();
        assertThat(found.policyId()).isNull();
    }
}
