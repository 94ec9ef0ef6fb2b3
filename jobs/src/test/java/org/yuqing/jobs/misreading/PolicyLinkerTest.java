package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.TestPolicies;

class PolicyLinkerTest {

    private static final PolicyLinker LINKER = new PolicyLinker(new PolicyIndex(TestPolicies.registry()));

    @Test
    void aDocumentNumberSettlesItWhateverBracketsAreTyped() {
        assertThat(best("示政办[2026]41号到底什么时候执行")).isEqualTo("demo-1001");
        assertThat(best("示政辦(2026)37號那個文件")).isEqualTo("demo-0987");
    }

    @Test
    void aShortTitleNamesThePolicy() {
        assertThat(best("《个人所得税专项附加扣除暂行办法》出来了")).isEqualTo("govcn-5351181");
    }

    @Test
    void distinctiveWordsAndThePolicysOwnNumbersLinkAnUnnamedComment() {
        assertThat(best("基础养老金每人每月提高到230元")).isEqualTo("demo-1001");
        assertThat(best("今年劳动节放3天，5月1号到3号")).isEqualTo("govcn-5346276");
    }

    @Test
    void ofTwoPoliciesWithTheSameWordsTheOneWhoseNumbersTheCommentQuotesWins() {
        assertThat(best("国务院促进就业的意见：个人创业担保贷款最高15万，小微企业最高300万")).isEqualTo("govcn-5345808");
        assertThat(best("毕业生创业担保贷款最高30万元，示例市的政策")).isEqualTo("demo-1002");
    }

    @Test
    void aCommentUnderAPolicysPageIsAboutThatPolicy() {
        // the words alone would link it to the pension notice; it was posted under the holiday notice's page
        assertThat(LINKER.link("基础养老金每人每月提高到230元", null, "govcn-5346276").get(0).policyId())
                .isEqualTo("govcn-5346276");
    }

    @Test
    void somethingElseLinksToNothing() {
        assertThat(LINKER.link("城管占道执法太粗暴了，希望整改", null)).isEmpty();
        assertThat(LINKER.link("楼下烧烤店油烟太大，晚上睡不着", null)).isEmpty();
    }

    @Test
    void linksComeBestFirstWithTheirReasons() {
        List<PolicyLink> links = LINKER.link("示政办〔2026〕41号：基础养老金提高到230元", null);

        assertThat(links.get(0).policyId()).isEqualTo("demo-1001");
        assertThat(links.get(0).reasons()).anyMatch(reason -> reason.startsWith("文号"));
        assertThat(links).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    private static String best(String comment) {
        List<PolicyLink> links = LINKER.link(comment, null);
        return links.isEmpty() ? null : links.get(0).policyId();
    }
}
