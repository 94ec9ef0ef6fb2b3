package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
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
        FirstClause notice = FirstClause.of("""
                {"id": "p-1", "title": "关于公开执法信息的通知", "published_at": "2026-11-05", "text": "一、执法机关要在执法决定作出之日起20个工作日内，向社会公布执法结论等信息，\
                行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开。"}""");

        assertThat(notice.contradiction("处罚和许可决定7个工作日内就要公开，其他执法结论20个工作日内公布")).isEmpty();
        assertThat(notice.contradiction("处罚决定30个工作日内公开就行")).isPresent();
    }

    @Test
    void aValueOfAnotherClauseIsNotHeldAgainstTheClauseWhoseValueTheCommentAlsoStates() {
        FirstClause plan = FirstClause.of("""
                {"id": "p-2", "title": "政府网站集约化试点工作方案", "published_at": "2018-09-01", "text": "一、2019年12月底前，试点地区完成政府网站集约化工作。\
                二、国务院办公厅将于2020年4月底前组织对试点工作进行验收。"}""");

        assertThat(plan.contradiction("试点地区2019年12月底前完成集约化，国办2020年4月底前验收，节奏挺清楚")).isEmpty();
        assertThat(plan.contradiction("试点地区2020年4月底前完成集约化就行")).isPresent();
    }

    /** The first clause of a policy registered alone, to hold comments against. */
    private record FirstClause(Policy policy, CommentReader reader, Clause clause, String text) {

        static FirstClause of(String policyLine) {
            Policy policy = new PolicyLines().read(new BufferedReader(new StringReader(policyLine))).get(0);
            PolicyIndex index = new PolicyIndex(PolicyRegistry.of(List.of(policy)));
            Clause clause = policy.clauses().get(0);
            return new FirstClause(policy, new CommentReader(index), clause, index.simplifiedClause(clause));
        }

        Optional<String> contradiction(String comment) {
            return FactCheck.contradiction(reader.read(comment, policy, null), clause, text);
        }
    }
}
