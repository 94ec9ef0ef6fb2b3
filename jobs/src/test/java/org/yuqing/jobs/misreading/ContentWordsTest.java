package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What people call things, read where the text uses them as those names and nowhere else. */
class ContentWordsTest {

    private final ContentWords words = new ContentWords();

    @Test
    void aColloquialNameCountsWhereItIsUsedAsThatName() {
        assertThat(words.of("租房扣除全国一律每月1500元")).contains("租房", "住房租金");
        assertThat(words.of("十一放假大学生能不能离校")).contains("国庆节");
        assertThat(words.of("五一也要调休吗")).contains("劳动节");
    }

    @Test
    void notInsideALongerWordNorWhereANumberNumbers() {
        // 公租房 is public rental housing, not rent paid; 住房/贷款 says 住房贷款, not 房贷; （十一） and 第十一条 are the
        // eleventh item, not 国庆节
        assertThat(words.of("住房城乡建设部门有关房屋（含公租房）租赁信息")).doesNotContain("租房", "住房租金");
        assertThat(words.of("第五章 住房贷款利息")).contains("住房贷款").doesNotContain("房贷");
        assertThat(words.of("（十一）保障困难群众基本生活")).doesNotContain("国庆节");
        assertThat(words.of("第十一条 在一个纳税年度内，纳税人发生的医药费用支出")).doesNotContain("国庆节");
    }

    @Test
    void aGroupNamedWith非IsAWordOfItsOwn() {
        assertThat(words.of("纳税人为非独生子女的，由其与兄弟姐妹分摊")).contains("非独生子女");
        assertThat(words.of("纳税人为独生子女的")).doesNotContain("非独生子女");
    }

    @Test
    void anOrdinalNamesNoTopic() {
        assertThat(words.of("第二章 子女教育")).containsExactly("子女", "教育");
    }
}
