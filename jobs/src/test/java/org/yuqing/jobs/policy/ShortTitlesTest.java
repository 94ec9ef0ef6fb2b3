package org.yuqing.jobs.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTitlesTest {

    @Test
    void theSubjectAfterGuanyuAndTheFormPeopleQuote() {
        assertThat(ShortTitles.of("示例市人民政府办公室关于调整城乡居民基本养老保险基础养老金标准的通知")).containsExactly(
                "关于调整城乡居民基本养老保险基础养老金标准的通知", "调整城乡居民基本养老保险基础养老金标准");
    }

    @Test
    void aNoticeThatIssuesADocumentIsKnownByThatDocument() {
        assertThat(ShortTitles.of("国务院关于印发《国务院工作规则》的通知")).contains("国务院工作规则");
        assertThat(ShortTitles.of("国务院关于印发个人所得税专项附加扣除暂行办法的通知"))
                .contains("个人所得税专项附加扣除暂行办法");
    }
}
