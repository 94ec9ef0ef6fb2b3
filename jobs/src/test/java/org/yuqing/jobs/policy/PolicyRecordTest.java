package org.yuqing.jobs.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

class PolicyRecordTest {

    private static final RawDocument POLICY = RawDocument.builder("p1", DocumentKind.POLICY)
            .title("示例市人民政府办公室关于调整城乡居民基本养老保险基础养老金标准的通知").docNo("示政办〔2026〕41号")
            .issuer("示例市人民政府办公室").publishedAt("2026-11-05").text("一、调整范围。本市户籍、年满60周岁……").build();
    private static final RawDocument INTERPRETATION = RawDocument.builder("i1", DocumentKind.INTERPRETATION)
            .title("《关于调整城乡居民基本养老保险基础养老金标准的通知》政策解读").replyTo("p1")
            .text("问：城镇职工退休人员能否享受？答：城镇职工基本养老保险退休人员不在本次调整范围内。").build();

    @Test
    void anInterpretationJoinsItsPolicyWhicheverArrivesFirst() {
        PolicyRecord policy = PolicyRecord.of(POLICY);
        PolicyRecord interpretation = PolicyRecord.of(INTERPRETATION);

        PolicyRecord policyFirst = policy.mergedWith(interpretation);
        PolicyRecord interpretationFirst = interpretation.mergedWith(policy);

        assertThat(interpretation.id()).isEqualTo("p1");
        assertThat(policyFirst).isEqualTo(interpretationFirst);
        assertThat(policyFirst.text()).isEqualTo(POLICY.text());
        assertThat(policyFirst.title()).isEqualTo(POLICY.title());
        assertThat(policyFirst.interpretation()).isEqualTo(INTERPRETATION.text());
    }

    @Test
    void onlyPoliciesAndInterpretationsThatNameTheirPolicyDescribeOne() {
        RawDocument orphan = INTERPRETATION.toBuilder().replyTo(null).build();
        RawDocument comment = RawDocument.builder("c1", DocumentKind.COMMENT).replyTo("p1").text("涨了30元").build();

        assertThat(PolicyRecord.describesAPolicy(POLICY)).isTrue();
        assertThat(PolicyRecord.describesAPolicy(INTERPRETATION)).isTrue();
        assertThat(PolicyRecord.describesAPolicy(orphan)).isFalse();
        assertThat(PolicyRecord.describesAPolicy(comment)).isFalse();
        assertThat(PolicyRecord.of(comment)).isNull();
    }
}
