package org.yuqing.jobs.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocNumbersTest {

    @Test
    void everyBracketPeopleTypeMeansTheSameNumber() {
        assertThat(DocNumbers.canonical("示政办[2026]41号")).isEqualTo("示政办〔2026〕41号");
        assertThat(DocNumbers.canonical("示政办(2026)41号")).isEqualTo("示政办〔2026〕41号");
        assertThat(DocNumbers.canonical("示政办（2026）41号")).isEqualTo("示政办〔2026〕41号");
        assertThat(DocNumbers.canonical("示政办【2026】第041号")).isEqualTo("示政办〔2026〕41号");
    }

    @Test
    void numbersAreFoundInsideAComment() {
        assertThat(DocNumbers.findAll("示政办[2026]41号说得很清楚，国发〔2018〕41号也是")).containsExactly(
                "示政办〔2026〕41号", "国发〔2018〕41号");
    }

    @Test
    void theRegistryFindsAPolicyByANumberTypedWithOtherBrackets() {
        assertThat(TestPolicies.registry().byDocNo("示政辦[2026]37号")).isEmpty();
        assertThat(TestPolicies.registry().byDocNo("示政办[2026]37号")).map(Policy::id).contains("demo-0987");
    }
}
