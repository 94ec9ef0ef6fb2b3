package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyLines;
import org.yuqing.jobs.policy.PolicyRegistry;
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

    @Test
    void aCommentThatGivesBothOfAClausesValuesIsHeldAgainstEachInTurn() {
        Policy notice = new PolicyLines().read(new BufferedReader(new StringReader("""
                {"id": "p-1", "title": "关于公开执法信息的通知", "published_at": "2026-11-05", "text": "一、执法机关要在执法决定作出之日起20个工作日内，向社会公布执法结论等信息，\
                行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开。"}
                """))).get(0);
        PolicyIndex index = new PolicyIndex(PolicyRegistry.of(java.util.List.of(notice)));
        CommentReader reader = new CommentReader(index);
        Clause clause = notice.clauses().get(0);
        String text = index.simplifiedClause(clause);

        assertThat(FactCheck.contradiction(reader.read("处罚和许可决定7个工作日内就要公开，其他执法结论20个工作日内公布",
                notice, null), clause, text)).isEmpty();
        assertThat(FactCheck.contradiction(reader.read("处罚决定30个工作日内公开就行", notice, null), clause, text))
                .isPresent();
    }
}
