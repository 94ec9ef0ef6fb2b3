package org.yuqing.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    @Test
    void readsTheWaysGovernmentSitesWriteDates() {
        assertThat(ChineseDates.parse("2018年11月05日")).hasValue("2018-11-05");
        assertThat(ChineseDates.parse("2026年11月8日")).hasValue("2026-11-08");
        assertThat(ChineseDates.parse("2021/5/28")).hasValue("2021-05-28");
        assertThat(ChineseDates.parse("2021.05.28")).hasValue("2021-05-28");
    }

    @Test
    void readsTheDateUnderADocumentsSignatureInChineseNumerals() {
        assertThat(ChineseDates.parse("国务院办公厅 二〇一九年一月二十七日")).hasValue("2019-01-27");
        assertThat(ChineseDates.parse("二○一八年十二月十日")).hasValue("2018-12-10");
        assertThat(ChineseDates.parse("二〇二一年十月一日（此件公开发布）")).hasValue("2021-10-01");
    }

    @Test
    void toleratesSpacesInsideTheDate() {
        assertThat(ChineseDates.parse("2019 年 1 月 27 日")).hasValue("2019-01-27");
    }

    @Test
    void keepsTheTimeWithChinasOffsetWhenThePageGivesOne() {
        assertThat(ChineseDates.parse("2021-05-28 15:09:21")).hasValue("2021-05-28T15:09:21+08:00");
        assertThat(ChineseDates.parse("发布时间：2026-11-06 10:30")).hasValue("2026-11-06T10:30:00+08:00");
    }

    @Test
    void ignoresWhatIsNotADate() {
        assertThat(ChineseDates.parse("国办发〔2019〕54号")).isEmpty();
        assertThat(ChineseDates.parse("2019年13月40日")).isEmpty();
        assertThat(ChineseDates.parse(null)).isEmpty();
    }
}
