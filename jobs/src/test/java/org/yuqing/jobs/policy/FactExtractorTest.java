package org.yuqing.jobs.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactExtractorTest {

    private final FactExtractor extractor = new FactExtractor();

    @Test
    void deadlinesAndStartDatesBecomeDayRanges() {
        assertThat(only("自2027年1月1日起执行", FactKind.START_DATE)).isEqualTo(days("2027-01-01", "2027-01-01"));
        assertThat(only("2020年底前完成", FactKind.DEADLINE)).isEqualTo(days("2020-12-01", "2020-12-31"));
        assertThat(only("2021年2月底前完成", FactKind.DEADLINE)).isEqualTo(days("2021-02-01", "2021-02-28"));
        assertThat(only("政策执行至2027年12月31日", FactKind.DEADLINE)).isEqualTo(days("2027-12-31", "2027-12-31"));
    }

    @Test
    void aDateWithoutYearIsInTheYearThePolicyIsAbout() {
        assertThat(only("春节：2月4日至10日放假调休", FactKind.DATE)).isEqualTo(days("2019-02-04", "2019-02-10"));
    }

    @Test
    void aCommentsRelativeDatesAreReadFromTheDayItWasWritten() {
        List<Fact> facts = extractor.extract("明年6月才开始涨", 2026, LocalDate.parse("2026-11-06"));

        assertThat(facts.get(0).quantity()).isEqualTo(days("2027-06-01", "2027-06-30"));
    }

    @Test
    void amountsAreInYuanAndCeilingsAreRanges() {
        assertThat(quantities("由每人每月200元提高到每人每月230元", FactKind.AMOUNT))
                .containsExactly(Quantity.of(200, "元"), Quantity.of(230, "元"));
        assertThat(quantities("可申请最高30万元的创业担保贷款", FactKind.AMOUNT))
                .containsExactly(new Quantity(0, 300_000, "元"));
    }

    @Test
    void physicalMeasuresKeepTheirUnit() {
        assertThat(quantities("禁止生产和使用厚度低于0.01毫米的地膜", FactKind.COUNT)).containsExactly(Quantity.of(0.01, "毫米"));
        assertThat(quantities("新规是低于0.008毫米的地膜才禁止", FactKind.COUNT)).containsExactly(Quantity.of(0.008, "毫米"));
        assertThat(quantities("动用10亿公斤中央储备粮", FactKind.COUNT)).containsExactly(Quantity.of(1_000_000_000, "公斤"));
    }

    @Test
    void tenthsAreShares() {
        assertThat(quantities("综合利用率达到九成以上", FactKind.PERCENT)).containsExactly(Quantity.of(90, "%"));
        assertThat(quantities("按全年用量的八九成来定", FactKind.PERCENT)).containsExactly(new Quantity(80, 90, "%"));
        assertThat(extractor.extract("转制成为企业，成员和成本不变", 2019, null)).noneMatch(Fact::hasQuantity);
    }

    @Test
    void aNumberOfThingsIsCountedByItsMeasureWordAndTheThing() {
        assertThat(quantities("选择北京、天津等11个城市开展试点", FactKind.COUNT)).containsExactly(Quantity.of(11, "个城市"));
        assertThat(quantities("试点一共15个城市", FactKind.COUNT)).containsExactly(Quantity.of(15, "个城市"));
        assertThat(quantities("建设100所高水平高职学校", FactKind.COUNT)).containsExactly(Quantity.of(100, "所高水"));
        // durations, one of a thing and ordinals are no count of things
        assertThat(quantities("3个月内办结，一个人办，第3个城市", FactKind.COUNT)).isEmpty();
    }

    @Test
    void agesPercentagesAndDurations() {
        assertThat(only("本市户籍、年满60周岁的人员", FactKind.AGE)).isEqualTo(Quantity.of(60, "岁"));
        assertThat(only("扩展至16—24岁失业青年", FactKind.AGE)).isEqualTo(new Quantity(16, 24, "岁"));
        assertThat(only("可网办率达到95%以上", FactKind.PERCENT)).isEqualTo(Quantity.of(95, "%"));
        assertThat(only("见习期限一般为3至12个月", FactKind.DURATION)).isEqualTo(new Quantity(3, 12, "个月"));
        assertThat(only("毕业5年内的高校毕业生", FactKind.DURATION)).isEqualTo(Quantity.of(60, "个月"));
    }

    @Test
    void scopeObligationsProhibitionsPermissionsAndExceptions() {
        List<Fact> facts = extractor.extract(
                "本市户籍、毕业5年内的，应当本人申请，不得代办，可以网上办理，除第一项所列城市外", 2026, null);

        assertThat(surfaces(facts, FactKind.SCOPE)).contains("本市户籍", "毕业5年内");
        assertThat(surfaces(facts, FactKind.OBLIGATION)).containsExactly("应当本人申请");
        assertThat(surfaces(facts, FactKind.PROHIBITION)).containsExactly("不得代办");
        assertThat(surfaces(facts, FactKind.PERMISSION)).containsExactly("可以网上办理");
        assertThat(surfaces(facts, FactKind.EXCEPTION)).containsExactly("除第一项所列城市外");
    }

    @Test
    void daysOffWithTheWeekendNextToThemLastFromFridayToSunday() {
        // 13 September 2019 is a Friday
        assertThat(only("六、中秋节：9月13日放假，与周末连休。", FactKind.DATE)).isEqualTo(days("2019-09-13", "2019-09-15"));
        assertThat(only("六、中秋节：9月13日放假，与周末连休。", FactKind.DURATION)).isEqualTo(Quantity.of(3, "天"));
        assertThat(only("四、劳动节：5月1日放假。", FactKind.DURATION)).isEqualTo(Quantity.of(1, "天"));
        assertThat(only("七、国庆节：10月1日至7日放假调休", FactKind.DURATION)).isEqualTo(Quantity.of(7, "天"));
    }

    @Test
    void aCommentThatNamesTheDayOffSaysNothingOfHowLong() {
        List<Fact> facts = extractor.extract("清明节4月5日放假", 2019, LocalDate.parse("2019-03-01"));

        assertThat(facts).extracting(Fact::kind).containsExactly(FactKind.DATE);
    }

    @Test
    void anOrdinalIsNotACount() {
        assertThat(quantities("只能享受一次首套住房贷款的利息扣除", FactKind.COUNT)).containsExactly(Quantity.of(1, "次"));
        assertThat(quantities("两套房", FactKind.COUNT)).containsExactly(Quantity.of(2, "套"));
        assertThat(quantities("第二套第三套也一样", FactKind.COUNT)).isEmpty();
        assertThat(quantities("二套房也能扣", FactKind.COUNT)).isEmpty();
    }

    private Quantity only(String text, FactKind kind) {
        List<Quantity> found = quantities(text, kind);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Quantity> quantities(String text, FactKind kind) {
        return extractor.extract(text, 2019, null).stream().filter(f -> f.kind() == kind).map(Fact::quantity).toList();
    }

    private static List<String> surfaces(List<Fact> facts, FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).map(Fact::surface).toList();
    }

    private static Quantity days(String from, String to) {
        return new Quantity(LocalDate.parse(from).toEpochDay(), LocalDate.parse(to).toEpochDay(), Quantity.DATE);
    }
}
