package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyFactory;
import org.yuqing.jobs.policy.PolicyRegistry;
import org.yuqing.jobs.policy.TestPolicies;

/**
 * The pension notice 示政办〔2026〕41号 of the demo portal, and what people say about it, read with the shipped
 * weights. Examples of what the watch does; how well it does on policies it never saw is measured by the training
 * module's {@code PolicyWatchEvaluationTest}, and the examples it gets wrong are listed in misreading/RESULTS.md.
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

    @Test
    void aCommentNamingTheIssuersCityIsAboutTheClauseItDisputesNotThePreambleThatNamesTheCity() {
        for (String city : List.of("黄山市", "蚌埠市", "滁州市", "六安市")) {
            Policy notice = new PolicyFactory().create("notice", city + "人民政府办公室关于调整基础养老金标准的通知",
                    city.charAt(0) + "政办〔2026〕7号", city + "人民政府办公室", null, LocalDate.of(2026, 11, 5), """
                            经%s人民政府同意，现就调整我市基础养老金标准有关事项通知如下：
                            一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。
                            二、调整标准。自2027年1月1日起，基础养老金由每人每月310元提高到每人每月355元。
                            三、资金来源。所需资金由市、县两级财政按现行比例分担，不增加参保人员个人缴费负担。""".formatted(city),
                    null);
            MisreadingDetector detector = new MisreadingDetector(PolicyRegistry.of(List.of(notice)));

            Misreading found = detector.detect(city + "的基础养老金明年起每月涨到400元了，太好了", LocalDate.of(2026, 11, 6));

            assertThat(found.clauseId()).as(city).isEqualTo("notice#二");
            assertThat(found.kind()).as(city).isEqualTo(MisreadingKind.CONTRADICTION);
        }
    }

    @Test
    void aNoticeAndTheNoticesThatForwardItAreAllLinkedNotSplitBetween() {
        String body = """
                经示例市人民政府同意，现就调整我市基础养老金标准有关事项通知如下：
                一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。
                二、调整标准。自2027年1月1日起，基础养老金由每人每月310元提高到每人每月355元。
                三、资金来源。所需资金由市、县两级财政按现行比例分担，不增加参保人员个人缴费负担。""";
        String title = "示例市人民政府办公室关于调整基础养老金标准的通知";
        PolicyFactory policies = new PolicyFactory();
        // the city's notice, and two counties that forward it (关于转发…的通知) with the notice attached
        List<Policy> copies = List.of(
                policies.create("city", title, "示政办〔2026〕7号", "示例市人民政府办公室", null,
                        LocalDate.of(2026, 11, 5), body, null),
                policies.create("east", "东县人民政府办公室关于转发调整基础养老金标准通知的通知", "东政办〔2026〕3号",
                        "东县人民政府办公室", null, LocalDate.of(2026, 11, 9),
                        "各乡镇人民政府：现将《" + title + "》转发给你们，请认真贯彻执行。\n" + body, null),
                policies.create("west", "西县人民政府办公室关于转发调整基础养老金标准通知的通知", "西政办〔2026〕5号",
                        "西县人民政府办公室", null, LocalDate.of(2026, 11, 10),
                        "各乡镇人民政府、县直各单位：现将《" + title + "》转发给你们，请遵照执行。\n" + body, null));
        // beside the other test policies, less the demo's own pension notice, which the comment could be about too
        List<Policy> registered = new java.util.ArrayList<>(TestPolicies.all().stream()
                .filter(policy -> !policy.id().equals("demo-1001")).toList());
        registered.addAll(copies);
        MisreadingDetector detector = new MisreadingDetector(PolicyRegistry.of(registered));

        MisreadingDetector.Verdict verdict = detector.watch("基础养老金明年起每月涨到400元了，一个月多90", null,
                LocalDate.of(2026, 11, 10), null);

        assertThat(verdict.links()).extracting(PolicyLink::policyId).containsExactlyInAnyOrder("city", "east", "west");
        assertThat(verdict.misreading().flag()).isTrue();
    }
}
