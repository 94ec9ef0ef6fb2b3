package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.TestPolicies;

/** How a comment's values are held against a clause's. */
class FactCheckTest {

    private static final PolicyIndex INDEX = new PolicyIndex(TestPolicies.registry());
    private static final CommentReader READER = new CommentReader(INDEX);
    private static final Policy TAX = TestPolicies.get("govcn-5351181");

    @Test
    void aYearDoesNotStateADayOfIt() {
        // 第三十二条 本办法自2019年1月1日起施行; the rules were published in December 2018
        Clause inForce = TAX.clauses().stream().filter(c -> c.id().endsWith("第三十二条")).findFirst().orElseThrow();

        assertThat(FactCheck.exactAgreements(READER.read("子女教育扣除明年就取消了", TAX, null), inForce)).isZero();
        assertThat(FactCheck.exactAgreements(READER.read("明年1月起开始扣", TAX, null), inForce)).isEqualTo(1);
        assertThat(FactCheck.exactAgreements(READER.read("2019年1月1日起施行", TAX, null), inForce)).isEqualTo(1);
    }
}
