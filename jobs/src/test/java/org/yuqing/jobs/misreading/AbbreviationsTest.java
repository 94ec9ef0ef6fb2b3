package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The short names people write for a policy's terms, formed from the policy's own words. */
class AbbreviationsTest {

    @Test
    void theFirstCharacterOfEachWord() {
        assertThat(Abbreviations.of(List.of("药品", "集中", "采购", "和", "使用"), "药品集中采购和使用"))
                .contains("集采");
    }

    @Test
    void theFirstCharacterOfEachHalfOfAFourCharacterWord() {
        assertThat(Abbreviations.of(List.of("集中采购"), "集中采购")).contains("集采");
    }

    @Test
    void aPlaceKeepsItsLastCharacter() {
        assertThat(Abbreviations.of(List.of("综合", "保税区"), "综合保税区")).contains("综保区");
        assertThat(Abbreviations.of(List.of("自由", "贸易", "试验区"), "自由贸易试验区")).contains("自贸区");
    }

    @Test
    void aShortNameTheTextWritesOutIsNotFormed() {
        assertThat(Abbreviations.of(List.of("医疗", "保险", "，", "简称", "医保"), "医疗保险，简称医保"))
                .doesNotContain("医保");
    }

    @Test
    void nothingIsFormedAcrossPunctuationOrFromOneCharacterWords() {
        assertThat(Abbreviations.of(List.of("的", "集中", "，", "采购"), "的集中，采购")).isEmpty();
    }
}
