package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.TestPolicies;

class PolicyIndexTest {

    private static final PolicyIndex INDEX = new PolicyIndex(TestPolicies.registry());

    @Test
    void aPreambleThatOnlyAnnouncesTheItemsIsNeverTheClauseNamed() {
        // 各县（市）区人民政府，市直各单位： 经市人民政府同意，现就……有关事项通知如下：
        assertThat(INDEX.isHeading(preamble(TestPolicies.get("demo-1001")))).isTrue();
    }

    @Test
    void announcingTheItemsInAnotherScriptOrWordingIsStillOnlyAnnouncing() {
        // 各縣（市）區人民政府，市直各單位： 為深化「放管服」改革……現提出以下措施。
        assertThat(INDEX.isHeading(preamble(TestPolicies.get("demo-0987")))).isTrue();
    }

    @Test
    void aPreambleThatStatesSomethingCanBeNamed() {
        // 就业是最大的民生，也是经济发展的重中之重。当前，我国就业局势保持总体稳定……
        assertThat(INDEX.isHeading(preamble(TestPolicies.get("govcn-5345808")))).isFalse();
    }

    private static Clause preamble(Policy policy) {
        return policy.clauses().stream().filter(clause -> clause.numbers().isEmpty()).findFirst().orElseThrow();
    }
}
