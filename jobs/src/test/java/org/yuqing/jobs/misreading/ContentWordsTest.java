package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What people call things, read where the text uses them as those names and nowhere else. */
class ContentWordsTest {

    private final ContentWords words = new ContentWords();

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
