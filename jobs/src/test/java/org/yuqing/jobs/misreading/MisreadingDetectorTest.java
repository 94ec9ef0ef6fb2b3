package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.TestPolicies;

/**
 * The pension notice 示政办〔2026〕41号 of the demo portal, and what people say about it, read with the shipped
 * weights. Examples of what the watch does; how well it does on policies it never saw is measured by
 * {@link PolicyWatchEvaluationTest}, and the examples it gets wrong are listed in misreading/RESULTS.md.
 */
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
    void hearsayTheClauseDoesNotSupportIsARumour() {
        Misreading found = DETECTOR.detect("内部消息，基础养老金涨完之后个人缴费也要跟着翻倍", null);

        assertThat(found.kind()).isEqualTo(MisreadingKind.RUMOR);
        assertThat(found.policyId()).isEqualTo("demo-1001");
    }

    @Test
    void criticismOfWhatThePolicyReallySaysIsNoMisreading() {
        assertThat(DETECTOR.detect("基础养老金才涨30元，物价涨得比这快多了，太少了！", null).flag()).isFalse();
        assertThat(DETECTOR.detect("年满60周岁的本市户籍居民才有，我外地户口的妈妈没份，太不公平了！", null).flag()).isFalse();
        assertThat(DETECTOR.detect("示政办〔2026〕41号说得很清楚，财政出钱，个人不用多交一分钱", null).flag()).isFalse();
    }

    @Test
    void aCommentAboutNoRegisteredPolicyIsNoMisreading() {
        Misreading found = DETECTOR.detect("楼下烧烤店油烟太大，晚上睡不着", null);

        assertThat(found.flag()).isFalse();
        assertThat(found.policyId()).isNull();
    }

    @Test
    void aCommentPostedUnderAPolicysPageIsAboutThatPolicyEvenWhenItNamesNothing() {
        String comment = "下个月就开始发了吧，终于等到了。";

        assertThat(DETECTOR.watch(comment, null, null, null).links()).isEmpty();
        assertThat(DETECTOR.watch(comment, null, null, "demo-1001").links())
                .extracting(PolicyLink::policyId).startsWith("demo-1001");
    }
}
